"""p632-3: UBND tỉnh Hòa Bình formal report, YDCT 9 tháng năm 2024, flattened '|' table."""
from lib import F, P, CH, TG, emit

TEXT = """UBND TỈNH HÒA BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển y dược cổ truyền 9 tháng năm 2024

Thực hiện Kế hoạch số 96/KH-UBND ngày 20/5/2021 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Khám, chữa bệnh bằng y học cổ truyền (YHCT)
9 tháng năm 2024, toàn tỉnh thực hiện 356.820 lượt khám, chữa bệnh bằng YHCT, đạt 78,5% kế hoạch năm, tăng 6,3% so với cùng kỳ năm 2023. Tỷ lệ khám, chữa bệnh bằng YHCT chung toàn tỉnh đạt 26,1% (chỉ tiêu năm 2024 là 27%).

Bảng 1. Kết quả khám, chữa bệnh bằng YHCT theo tuyến, 9 tháng năm 2024
Tuyến | Lượt khám YHCT (lượt) | Tỷ lệ so với tổng lượt khám (%) | Giường bệnh YHCT (giường)
Tuyến tỉnh | 82.410 | 31,2 | 200
Tuyến huyện | 169.385 | 24,8 | 315
Tuyến xã | 105.025 | 25,6 | 0

2. Phát triển dược liệu
Diện tích trồng dược liệu toàn tỉnh ước đạt 1.245,6 ha, tăng 118 ha so với cuối năm 2023; trong đó diện tích trồng theo hướng dẫn GACP-WHO là 86,5 ha. Sản lượng dược liệu thu hái ước đạt khoảng 2.300 tấn, giá trị ước đạt 92,4 tỷ đồng.

3. Nhân lực
Toàn tỉnh có 412 người hành nghề YHCT, trong đó 58 bác sĩ YHCT, 121 y sĩ YHCT và 233 lương y, lương dược; 164 phòng chẩn trị YHCT tư nhân đang hoạt động.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 đạt 455.000 lượt khám, chữa bệnh bằng YHCT; tỷ lệ khám, chữa bệnh bằng YHCT đạt 27%; mở rộng diện tích trồng dược liệu thêm 50 ha.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
TEND = P("đến hết năm 2024", None, "2024-12-31")
TAB = "theo tuyến"

def row(label, a1, n1, a2, n2, a3, n3):
    return [
        F(a1, n1, float(n1.replace(".", "").replace(",", ".")), "count", "lượt",
          subject=f"lượt khám YHCT {label}", period=M9i),
        F(a2, n2, float(n2.replace(",", ".")), "percent", "%",
          subject=f"tỷ lệ khám YHCT so với tổng lượt khám {label}", period=M9i),
        F(a3, n3, float(n3), "count", "giường", subject=f"giường bệnh YHCT {label}", period=M9i),
    ]

FIGS = [
    F("thực hiện 356.820 lượt", "356.820", 356820, "count", "lượt", percent=78.5,
      change=CH("increase", 6.3, baseline="cùng kỳ năm 2023"),
      subject="lượt khám, chữa bệnh bằng YHCT", period=M9),
    F("đạt 26,1%", "26,1", 26.1, "percent", "%", target=TG(27),
      subject="tỷ lệ khám, chữa bệnh bằng YHCT chung toàn tỉnh", period=M9i),
    *row("tuyến tỉnh", "tỉnh | 82.410", "82.410", "| 31,2 |", "31,2", "| 200", "200"),
    *row("tuyến huyện", "| 169.385", "169.385", "| 24,8 |", "24,8", "| 315", "315"),
    *row("tuyến xã", "| 105.025", "105.025", "| 25,6 |", "25,6", "| 0\n", "0"),
    F("ước đạt 1.245,6 ha", "1.245,6", 1245.6, "measure", "ha", status="estimate",
      change=CH("increase", 118, unit="ha", baseline="cuối năm 2023"),
      subject="diện tích trồng dược liệu toàn tỉnh"),
    F("là 86,5 ha", "86,5", 86.5, "measure", "ha", total=1245.6, status="estimate",
      subject="diện tích trồng dược liệu theo hướng dẫn GACP-WHO"),
    F("khoảng 2.300 tấn", "2.300", 2300, "measure", "tấn", approx="about", status="estimate",
      subject="sản lượng dược liệu thu hái", period=M9i),
    F("đạt 92,4 tỷ", "92,4", 92.4e9, "money", "đồng", status="estimate",
      subject="giá trị dược liệu thu hái", period=M9i),
    F("có 412 người", "412", 412, "count", "người", subject="người hành nghề YHCT"),
    F("đó 58 bác sĩ", "58", 58, "count", "bác sĩ YHCT", total=412, subject="bác sĩ YHCT"),
    F("121 y sĩ", "121", 121, "count", "y sĩ YHCT", total=412, subject="y sĩ YHCT"),
    F("và 233 lương y", "233", 233, "count", "lương y, lương dược", total=412, subject="lương y, lương dược"),
    F("164 phòng", "164", 164, "count", "phòng chẩn trị YHCT",
      subject="phòng chẩn trị YHCT tư nhân đang hoạt động"),
    F("đạt 455.000 lượt", "455.000", 455000, "count", "lượt", status="target",
      subject="lượt khám, chữa bệnh bằng YHCT", period=TEND),
    F("YHCT đạt 27%", "27", 27, "percent", "%", status="target",
      subject="tỷ lệ khám, chữa bệnh bằng YHCT", period=TEND),
    F("thêm 50 ha", "50", 50, "measure", "ha", status="target",
      subject="diện tích trồng dược liệu mở rộng thêm", period=TEND),
]

COMMENTS = [
    "UBND tỉnh Hòa Bình formal report Số: 318/BC-UBND, place-and-date line 'Hòa Bình, ngày 15 tháng 10 năm 2024'.",
    "'đạt 78,5% kế hoạch năm' → percent of 356.820; '(chỉ tiêu năm 2024 là 27%)' → target of 26,1% (no separate figure).",
    "Flattened '|' table (Bảng 1): every numeric cell a figure (zero included), subject = column + row (tuyến); units from the headers;",
    "period from the table title line (inherited, not scored); no total for table rows (no cue). Row sum equals 356.820.",
    "'ước đạt' → estimate, continued into the 'trong đó' part (86,5 ha of 1.245,6 ha). The nhân lực parts add up to 412.",
    "'đến hết năm 2024' target phrases → start null, end 2024-12-31. 'thêm 50 ha' is a target figure (an increment to reach).",
    "Distractors: Số: 318/BC-UBND, Kế hoạch số 96/KH-UBND ngày 20/5/2021, 'Bảng 1', sections I./II./1./2./3., QUÝ IV/2024 heading, 'GACP-WHO'.",
]

if __name__ == "__main__":
    emit("p632-3", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Hòa Bình")
