from lib import F, P, C, T, emit

TEXT = """UBND TỈNH ĐỒNG NAI
SỞ NGOẠI VỤ
Số: 1846/BC-SNgV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác về người Việt Nam ở nước ngoài năm 2024 và phương hướng năm 2025

Thực hiện Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị và Chỉ thị số 45-CT/TW, Sở Ngoại vụ báo cáo như sau:

I. TÌNH HÌNH CHUNG
Hiện có khoảng 85.000 người Đồng Nai đang sinh sống, làm việc tại 35 quốc gia và vùng lãnh thổ; trong đó khoảng 18.500 người là lao động theo hợp đồng.

II. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Thu hút nguồn lực kiều bào
Bảng 1. Một số chỉ tiêu về nguồn lực kiều bào
Đơn vị tính: triệu USD
Chỉ tiêu | Năm 2023 | Năm 2024 | So sánh (%)
Kiều hối chuyển về | 412,6 | 468,3 | 113,5
Vốn đăng ký dự án FDI của kiều bào | 38,2 | 51,7 | 135,3
Vốn đầu tư trong nước của kiều bào | 12,5 | 10,9 | 87,2

Năm 2024, có 7 dự án mới của kiều bào được cấp phép. Tính đến ngày 30/11/2024, tổng số dự án của kiều bào còn hiệu lực là 64 dự án, chiếm 4,1% tổng số dự án FDI trên địa bàn tỉnh.

2. Công tác lãnh sự, bảo hộ công dân
Sở đã tiếp nhận và chuyển Bộ Ngoại giao 1.237 hồ sơ hợp pháp hóa, chứng nhận lãnh sự (tăng 9,8% so với năm 2023); phối hợp xác minh nhân thân 356 trường hợp; giải quyết 42 vụ việc bảo hộ công dân, trong đó 29 vụ liên quan đến người lao động.

3. Tết Nguyên đán Giáp Thìn 2024
Tỉnh tổ chức gặp mặt khoảng 250 kiều bào về quê ăn Tết; tặng 1.500 phần quà cho thân nhân kiều bào có hoàn cảnh khó khăn, tổng trị giá 750 triệu đồng.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu kiều hối chuyển về tỉnh đạt 500 triệu USD; thu hút thêm từ 8 đến 10 dự án của kiều bào; 100% hồ sơ lãnh sự được tiếp nhận, chuyển đúng hạn.

Nơi nhận:
- UBND tỉnh (b/c);
- Ủy ban Nhà nước về NVNONN;
- Lưu: VT, LS.
GIÁM ĐỐC
Trần Văn Bình
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)
Y25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

ROWS = [
    ("Kiều hối chuyển về", "412,6", "468,3", "113,5"),
    ("Vốn đăng ký dự án FDI của kiều bào", "38,2", "51,7", "135,3"),
    ("Vốn đầu tư trong nước của kiều bào", "12,5", "10,9", "87,2"),
]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    F("khoảng 85.000 người", "85.000", 85000, "count", "người", "người Đồng Nai đang sinh sống, làm việc ở nước ngoài", approx="about"),
    F("tại 35 quốc gia", "35", 35, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ người Đồng Nai sinh sống"),
    F("khoảng 18.500 người", "18.500", 18500, "count", "người", "lao động theo hợp đồng ở nước ngoài", approx="about", total=85000),
]
for label, a, b, c in ROWS:
    FIGS += [
        F(f"{label} | {a} |", a, num(a) * 1e6, "money", "USD", label, Y23),
        F(f"{a} | {b} |", b, num(b) * 1e6, "money", "USD", label, Y24),
        F(f"{b} | {c}\n", c, num(c), "percent", "%", f"So sánh (%) {label}", Y24i),
    ]
FIGS += [
    F("có 7 dự án", "7", 7, "count", "dự án", "dự án mới của kiều bào được cấp phép", Y24),
    F("là 64 dự án", "64", 64, "count", "dự án", "tổng số dự án của kiều bào còn hiệu lực",
      P("Tính đến ngày 30/11/2024", None, "2024-11-30"), percent=4.1),
    F("chuyển Bộ Ngoại giao 1.237 hồ sơ", "1.237", 1237, "count", "hồ sơ", "hồ sơ hợp pháp hóa, chứng nhận lãnh sự tiếp nhận và chuyển Bộ Ngoại giao",
      Y24i, change=C("increase", 9.8, "%", "năm 2023")),
    F("nhân thân 356 trường hợp", "356", 356, "count", "trường hợp", "trường hợp phối hợp xác minh nhân thân", Y24i),
    F("giải quyết 42 vụ việc", "42", 42, "count", "vụ việc", "vụ việc bảo hộ công dân giải quyết", Y24i),
    F("trong đó 29 vụ", "29", 29, "count", "vụ", "vụ việc bảo hộ công dân liên quan đến người lao động", Y24i, total=42),
    F("khoảng 250 kiều bào", "250", 250, "count", "kiều bào", "kiều bào về quê ăn Tết được gặp mặt", Y24i, approx="about"),
    F("tặng 1.500 phần quà", "1.500", 1500, "count", "phần quà", "phần quà tặng thân nhân kiều bào có hoàn cảnh khó khăn", Y24i),
    F("trị giá 750 triệu đồng", "750", 750e6, "money", "đồng", "tổng trị giá quà tặng", Y24i),
    F("đạt 500 triệu USD", "500", 500e6, "money", "USD", "kiều hối chuyển về tỉnh", Y25i, status="target"),
    F("từ 8 đến 10 dự án", "8", 8, "count", "dự án", "dự án của kiều bào thu hút thêm", Y25i, value_max=10, status="target"),
    F("100% hồ sơ lãnh sự", "100", 100, "percent", "%", "hồ sơ lãnh sự được tiếp nhận, chuyển đúng hạn", Y25i, status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Sở Ngoại vụ Đồng Nai, 'Số: 1846/BC-SNgV'); the place-and-date line is its date.",
    "Flattened '|' table, 'Đơn vị tính: triệu USD' (multiplier ×10⁶ on the money cells), period from the column headers Năm 2023 / Năm 2024;",
    "the 'So sánh (%)' column is percent (header overrides the unit), period inherited from the section heading (năm 2024).",
    "Distractors: document number, Nghị quyết số 36-NQ/TW ngày 26/3/2004, Chỉ thị số 45-CT/TW, section numbers I./II./1./2./3., 'Bảng 1', 'Tết Nguyên đán Giáp Thìn 2024', 'Lưu: VT, LS'.",
    "Section II and III headings ('NĂM 2024', 'NĂM 2025') give inherited periods; 'Phấn đấu' makes section III figures targets.",
    "'1.237 hồ sơ (tăng 9,8% so với năm 2023)': change in brackets, baseline năm 2023 (not the period). '29 vụ' after 'trong đó': total 42.",
]

if __name__ == "__main__":
    emit("p271-4", TEXT, COMMENTS, FIGS, published="2024-12-12", location="Đồng Nai")
