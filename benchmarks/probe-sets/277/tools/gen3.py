from lib import emit, P

text = """UBND TỈNH QUẢNG BÌNH
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 1286/BC-STTTT
Quảng Bình, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý nhà nước về xuất bản, in và phát hành 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác cấp phép
Thực hiện Nghị định số 195/2013/NĐ-CP, 9 tháng đầu năm 2024, Sở đã cấp 126 giấy phép xuất bản tài liệu không kinh doanh, tăng 14,5% so với cùng kỳ năm 2023, với tổng số 68.450 bản; trong đó 97 giấy phép được cấp qua dịch vụ công trực tuyến toàn trình, chiếm 77%.

Bảng 1. Kết quả cấp phép, đăng ký 9 tháng đầu năm 2024
Đơn vị tính: hồ sơ
TT | Nội dung | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)
1 | Giấy phép xuất bản tài liệu không kinh doanh | 160 | 126 | 78,8
2 | Xác nhận đăng ký hoạt động cơ sở in | 6 | 5 | 83,3
3 | Giấy phép nhập khẩu xuất bản phẩm | 15 | 12 | 80,0
4 | Đăng ký hoạt động phát hành | 20 | 23 | 115,0

2. Công tác thanh tra, kiểm tra
Trong quý III/2024, Đoàn kiểm tra liên ngành đã kiểm tra 18 cơ sở in, phát hành; trong số đó có 3 cơ sở vi phạm, bị xử phạt vi phạm hành chính tổng số tiền 32,5 triệu đồng, tịch thu 1.240 bản sách in lậu.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2024
Phấn đấu cấp khoảng 35 giấy phép xuất bản tài liệu không kinh doanh, hoàn thành trên 100% kế hoạch năm; tổ chức 2 lớp bồi dưỡng nghiệp vụ cho khoảng 120 học viên.

Nơi nhận:
- Bộ TT&TT (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, TTBCXB.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
M9c = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
Q4i = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

rows = [
    ("Giấy phép xuất bản tài liệu không kinh doanh", "| 160 |", "160", 160, "| 126 | 78", "126", 126, "| 78,8", "78,8", 78.8),
    ("Xác nhận đăng ký hoạt động cơ sở in", "| 6 |", "6", 6, "| 5 |", "5", 5, "| 83,3", "83,3", 83.3),
    ("Giấy phép nhập khẩu xuất bản phẩm", "| 15 |", "15", 15, "| 12 |", "12", 12, "| 80,0", "80,0", 80.0),
    ("Đăng ký hoạt động phát hành", "| 20 |", "20", 20, "| 23 |", "23", 23, "| 115,0", "115,0", 115.0),
]

figs = [
    dict(anchor="cấp 126 giấy phép", number="126", value=126, kind="count", unit="giấy phép",
         change=dict(direction="increase", value=14.5, unit="%", baseline="cùng kỳ năm 2023"),
         subject="giấy phép xuất bản tài liệu không kinh doanh được cấp", period=M9),
    dict(anchor="tổng số 68.450 bản", number="68.450", value=68450, kind="count", unit="bản",
         subject="số bản tài liệu không kinh doanh được cấp phép", period=M9),
    dict(anchor="trong đó 97 giấy phép", number="97", value=97, kind="count", unit="giấy phép", total=126, percent=77,
         subject="giấy phép được cấp qua dịch vụ công trực tuyến toàn trình", period=M9),
]
for label, a_plan, n_plan, v_plan, a_act, n_act, v_act, a_rate, n_rate, v_rate in rows:
    figs += [
        dict(anchor=f"{label} {a_plan}", number=n_plan, value=v_plan, kind="count", unit="hồ sơ", status="target",
             subject=f"{label} kế hoạch năm 2024", period=KH),
        dict(anchor=f"{a_plan} {n_act} |", number=n_act, value=v_act, kind="count", unit="hồ sơ",
             subject=f"{label} thực hiện 9 tháng", period=M9c),
        dict(anchor=f"| {n_act} {a_rate}", number=n_rate, value=v_rate, kind="percent", unit="%",
             subject=f"{label} tỷ lệ so với kế hoạch", period=M9i),
    ]
figs += [
    dict(anchor="kiểm tra 18 cơ sở", number="18", value=18, kind="count", unit="cơ sở in, phát hành",
         subject="cơ sở in, phát hành được kiểm tra", period=Q3),
    dict(anchor="có 3 cơ sở vi phạm", number="3", value=3, kind="count", unit="cơ sở", total=18,
         subject="cơ sở vi phạm", period=Q3),
    dict(anchor="tiền 32,5 triệu đồng", number="32,5", value=32.5e6, kind="money", unit="đồng",
         subject="tiền xử phạt vi phạm hành chính", period=Q3),
    dict(anchor="tịch thu 1.240 bản", number="1.240", value=1240, kind="count", unit="bản sách in lậu",
         subject="sách in lậu bị tịch thu", period=Q3),
    dict(anchor="khoảng 35 giấy phép", number="35", value=35, kind="count", unit="giấy phép", approx="about",
         status="target", subject="giấy phép xuất bản tài liệu không kinh doanh", period=Q4i),
    dict(anchor="trên 100% kế hoạch", number="100", value=100, kind="percent", unit="%", approx="over",
         status="target", subject="tỷ lệ hoàn thành kế hoạch cấp phép năm", period=Q4i),
    dict(anchor="tổ chức 2 lớp", number="2", value=2, kind="count", unit="lớp bồi dưỡng", status="target",
         subject="lớp bồi dưỡng nghiệp vụ", period=Q4i),
    dict(anchor="khoảng 120 học viên", number="120", value=120, kind="count", unit="học viên", approx="about",
         status="target", subject="học viên lớp bồi dưỡng nghiệp vụ", period=Q4i),
]

emit(3, text, [
    "Formal report (Sở TT&TT Quảng Bình, letterhead 'Số: 1286/BC-STTTT', place-and-date line 'Quảng Bình, ngày 04 tháng 10 năm 2024' = published).",
    "Flattened '|' table with 'Đơn vị tính: hồ sơ': every numeric cell is a figure; subject = row label + column label; plan column = target",
    "(period năm 2024), 'Thực hiện 9 tháng' = actual (period 9 months 2024), '(%)' column = percent (period only from the table title: inherited).",
    "Row numbers (1-4), section numbers (I., II., 1., 2.), 'Bảng 1', 'Nghị định số 195/2013/NĐ-CP', 'Lưu: VT' are not figures.",
    "Text: 97 is part of 126 ('trong đó', share 77%); 3 is part of 18 ('trong số đó'). Plans for quý IV: 'Phấn đấu' governs the whole sentence (targets);",
    "their period stands in the section heading (inherited). A table cell is not the text figure's attribute: both are figures.",
], figs, published="2024-10-04", location="Quảng Bình")
