@echo off
rem policy-themes: runs the policy-themes command of this distribution on Windows.
rem
rem Needs Java 17 or newer: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem POLICY_THEMES_OPTS holds options for the Java VM, e.g. set POLICY_THEMES_OPTS=-Xmx4g
rem It never builds or downloads anything.
setlocal

set "PT_HOME=%~dp0.."
if not exist "%PT_HOME%\lib\" (
  echo policy-themes: %PT_HOME%\lib is missing: unpack the whole archive, bin and lib together 1>&2
  exit /b 1
)

if defined JAVA_HOME (
  set "PT_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "PT_JAVA=java.exe"
)
if defined JAVA_HOME if not exist "%PT_JAVA%" (
  echo policy-themes: JAVA_HOME is %JAVA_HOME%, but %PT_JAVA% does not exist: set JAVA_HOME to a Java 17+ installation 1>&2
  exit /b 1
)
if not defined JAVA_HOME (
  where java.exe >nul 2>nul || (
    echo policy-themes: no Java found: install Java 17 or newer, or set JAVA_HOME 1>&2
    exit /b 1
  )
)

"%PT_JAVA%" -Djava.awt.headless=true "-Djava.util.logging.config.file=%PT_HOME%\conf\logging.properties" %POLICY_THEMES_OPTS% -cp "%PT_HOME%\lib\*" io.github.policythemes.cli.Main %*
exit /b %ERRORLEVEL%
