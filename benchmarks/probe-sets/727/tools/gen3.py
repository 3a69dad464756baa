from lib import write, fig, per, inh, chg, tgt

TEXT = """ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KHÁNH HÒA                                  Độc lập - Tự do - Hạnh phúc

Số: 214/BC-UBND                          Khánh Hòa, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả kiểm tra chuyên đề cơ sở sản xuất nước uống đóng chai, đóng bình và nước đá 9 tháng năm 2024

Thực hiện Kế hoạch số 1126/KH-UBND ngày 20/02/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Trong 9 tháng năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 187/210 cơ sở theo kế hoạch, trong đó 142 cơ sở sản xuất nước uống đóng chai, đóng bình và 45 cơ sở sản xuất nước đá. Phát hiện 34 cơ sở vi phạm, tăng 6 cơ sở so với cùng kỳ năm 2023; xử phạt 29 cơ sở với số tiền 412 triệu đồng.

Bảng 1. Kết quả kiểm tra theo địa phương
Địa phương | Số cơ sở kiểm tra (cơ sở) | Số cơ sở vi phạm (cơ sở) | Tiền phạt (triệu đồng)
TP. Nha Trang | 78 | 15 | 186,5
TP. Cam Ranh | 41 | 8 | 97
Thị xã Ninh Hòa | 36 | 7 | 81,5
Huyện Diên Khánh | 32 | 4 | 47
Cộng | 187 | 34 | 412

2. Công tác giám sát
Các đoàn đã lấy 356 mẫu xét nghiệm, trong đó có 41 mẫu không đạt, chiếm 11,5%, giảm 2,3 điểm phần trăm so với cùng kỳ. Trong đó, nước đá dùng liền có 17 mẫu, nước uống đóng bình có 24 mẫu.

II. NHIỆM VỤ QUÝ IV/2024
Kiểm tra 23 cơ sở còn lại theo kế hoạch; dự kiến lấy thêm khoảng 120 mẫu giám sát; phấn đấu cả năm 2024 tỷ lệ mẫu không đạt dưới 10%.

Nơi nhận:
- Bộ Y tế (Cục ATTP);
- Lưu: VT, KGVX.
"""

N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
I9 = inh(N9)
CT = "Số cơ sở kiểm tra"
VP = "Số cơ sở vi phạm"
TP = "Tiền phạt"


def row(label, loc, a, b, c, cv, anchors):
    aa, ab, ac = anchors
    return [
        fig(aa, a, int(a), "count", "cơ sở", subject=f"{CT} {label}".strip(), period=I9, location=loc),
        fig(ab, b, int(b), "count", "cơ sở", subject=f"{VP} {label}".strip(), period=I9, location=loc),
        fig(ac, c, cv, "money", "đồng", subject=f"{TP} {label}".strip(), period=I9, location=loc),
    ]


FIGS = [
    fig("kiểm tra 187/210 cơ sở", "187", 187, "count", "cơ sở", target=tgt(210, "cơ sở"),
        subject="cơ sở được các đoàn kiểm tra liên ngành kiểm tra", period=N9),
    fig("trong đó 142 cơ sở", "142", 142, "count", "cơ sở", total=187,
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình được kiểm tra", period=N9),
    fig("và 45 cơ sở", "45", 45, "count", "cơ sở", total=187,
        subject="cơ sở sản xuất nước đá được kiểm tra", period=N9),
    fig("Phát hiện 34 cơ sở", "34", 34, "count", "cơ sở",
        change=chg("increase", 6, "cơ sở", "cùng kỳ năm 2023"),
        subject="cơ sở vi phạm", period=I9),
    fig("xử phạt 29 cơ sở", "29", 29, "count", "cơ sở", subject="cơ sở bị xử phạt", period=I9),
    fig("số tiền 412 triệu đồng", "412", 412_000_000, "money", "đồng", subject="số tiền xử phạt", period=I9),
]
FIGS += row("", "Nha Trang", "78", "15", "186,5", 186_500_000, ("Trang | 78", "78 | 15", "15 | 186,5"))
FIGS += row("", "Cam Ranh", "41", "8", "97", 97_000_000, ("Ranh | 41", "41 | 8", "8 | 97"))
FIGS += row("", "Ninh Hòa", "36", "7", "81,5", 81_500_000, ("Hòa | 36", "36 | 7", "7 | 81,5"))
FIGS += row("", "Diên Khánh", "32", "4", "47", 47_000_000, ("Khánh | 32", "32 | 4", "4 | 47"))
FIGS += row("cộng", None, "187", "34", "412", 412_000_000, ("Cộng | 187", "187 | 34", "34 | 412"))
FIGS += [
    fig("lấy 356 mẫu", "356", 356, "count", "mẫu", subject="mẫu xét nghiệm", period=I9),
    fig("có 41 mẫu", "41", 41, "count", "mẫu", total=356, percent=11.5,
        change=chg("decrease", 2.3, "điểm phần trăm", "cùng kỳ"),
        subject="mẫu không đạt", period=I9),
    fig("có 17 mẫu", "17", 17, "count", "mẫu", total=41,
        subject="mẫu nước đá dùng liền không đạt", period=I9),
    fig("có 24 mẫu", "24", 24, "count", "mẫu", total=41,
        subject="mẫu nước uống đóng bình không đạt", period=I9),
    fig("Kiểm tra 23 cơ sở", "23", 23, "count", "cơ sở", status="target",
        subject="cơ sở còn lại theo kế hoạch cần kiểm tra",
        period=per("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)),
    fig("khoảng 120 mẫu", "120", 120, "count", "mẫu", approx="about", status="forecast",
        subject="mẫu giám sát lấy thêm",
        period=per("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)),
    fig("dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu không đạt", period=per("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Formal report of UBND tỉnh Khánh Hòa (Số: 214/BC-UBND; 'Khánh Hòa, ngày 08 tháng 10 năm 2024' = published), 9 tháng năm 2024,",
    "with a table flattened with '|' (units in the column headers: cơ sở, triệu đồng). Every numeric cell is a figure; the row label that is a place",
    "goes to location (the 'Cộng' row stays Khánh Hòa, 'cộng' kept in its subject). Table cells inherit '9 tháng năm 2024' from the report (unscored).",
    "'187/210 cơ sở theo kế hoạch': 210 is the plan, so target 210, not total. 142/45 after 'trong đó': total 187. 41 after 'trong đó' after 356: total 356,",
    "share 11,5%, change -2,3 điểm phần trăm. 17/24 after the sentence-initial 'Trong đó' after 41: total 41.",
    "Section II tasks: 'Kiểm tra 23 cơ sở còn lại theo kế hoạch' target; 'dự kiến ... khoảng 120 mẫu' forecast; 'phấn đấu ... dưới 10%' target.",
    "Distractors: Số 214/BC-UBND, Kế hoạch số 1126/KH-UBND ngày 20/02/2024, I./II./1./2., 'Bảng 1'.",
]

write("p727-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Khánh Hòa")
