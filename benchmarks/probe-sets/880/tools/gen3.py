"""p880-3: formal report (UBND tỉnh Bắc Ninh), public-utility irrigation support, H1/2024, flattened | table."""
from lib import F, P, I, C, write

TEXT = """
UBND TỈNH BẮC NINH
Số: 238/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công trình và diện tích phục vụ
Toàn tỉnh hiện có 512 trạm bơm tưới, tiêu với 1.386 máy bơm; trong đó 49 trạm do Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Đuống và Nam Đuống quản lý, 463 trạm do các tổ chức thủy lợi cơ sở quản lý. 6 tháng đầu năm 2024, diện tích được tưới, tiêu đạt 71.960 ha, đạt 52,4% kế hoạch năm. Kết quả theo địa phương như sau:

Đơn vị tính: ha
Địa phương | Tưới | Tiêu | Cộng
Gia Bình | 6.820 | 7.140 | 13.960
Lương Tài | 7.350 | 7.910 | 15.260
Thuận Thành | 8.140 | 8.530 | 16.670
Quế Võ | 7.680 | 8.100 | 15.780
Yên Phong | 5.020 | 5.270 | 10.290
Tổng cộng | 35.010 | 36.950 | 71.960

2. Kinh phí hỗ trợ
Năm 2024, tỉnh bố trí 96,5 tỷ đồng hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi; đến 30/6/2024 đã cấp phát 48,2 tỷ đồng, bằng 49,9% số kinh phí bố trí. Đơn giá hỗ trợ bình quân đối với lúa tưới tiêu bằng động lực là 1.360.000 đồng/ha/vụ.

3. Tồn tại
Còn 87 trạm bơm đã vận hành trên 40 năm, máy bơm hư hỏng, hiệu suất chỉ đạt khoảng 60-65%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu năm 2024 diện tích tưới, tiêu cả năm đạt 137.300 ha; hoàn thành cải tạo, nâng cấp 12 trạm bơm.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Phong
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [  # (row label, tưới, tiêu, cộng, anchors)
    ("Gia Bình", ("6.820", "7.140", "13.960")),
    ("Lương Tài", ("7.350", "7.910", "15.260")),
    ("Thuận Thành", ("8.140", "8.530", "16.670")),
    ("Quế Võ", ("7.680", "8.100", "15.780")),
    ("Yên Phong", ("5.020", "5.270", "10.290")),
    ("Tổng cộng", ("35.010", "36.950", "71.960")),
]
COLS = ("Tưới", "Tiêu", "Cộng")


def table_figures():
    out = []
    for label, cells in ROWS:
        place = "Bắc Ninh" if label == "Tổng cộng" else label
        for j, (num, subject) in enumerate(zip(cells, COLS)):
            if j == 0:
                anchor = f"{label} | {num}"
            else:
                anchor = f"{cells[j - 1]} | {num}"
            # subject = row label + column label (FIGURES.md, Tables); a place label goes to location instead
            if label != "Tổng cộng":
                subj = subject
            else:
                subj = "Tổng cộng" if subject == "Cộng" else f"Tổng cộng {subject.lower()}"
            out.append(F(anchor, num, float(num.replace(".", "")), "measure", "ha", subj, I(H1), location=place))
    return out


FIGS = [
    F("có 512 trạm bơm", "512", 512, "count", "trạm bơm", "trạm bơm tưới, tiêu"),
    F("1.386 máy bơm", "1.386", 1386, "count", "máy bơm", "máy bơm của các trạm bơm tưới, tiêu"),
    F("trong đó 49 trạm", "49", 49, "count", "trạm",
      "trạm bơm do Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Đuống và Nam Đuống quản lý", total=512),
    F("463 trạm", "463", 463, "count", "trạm", "trạm bơm do các tổ chức thủy lợi cơ sở quản lý", total=512),
    F("đạt 71.960 ha", "71.960", 71960, "measure", "ha", "diện tích được tưới, tiêu", H1, percent=52.4),
    *table_figures(),
    F("bố trí 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng",
      "kinh phí hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi", Y24),
    F("cấp phát 48,2 tỷ đồng", "48,2", 48.2e9, "money", "đồng", "kinh phí hỗ trợ đã cấp phát",
      P("đến 30/6/2024", None, "2024-06-30"), percent=49.9),
    F("là 1.360.000 đồng/ha/vụ", "1.360.000", 1360000, "money", "đồng/ha/vụ",
      "đơn giá hỗ trợ bình quân đối với lúa tưới tiêu bằng động lực", I(Y24)),
    F("Còn 87 trạm bơm", "87", 87, "count", "trạm bơm", "trạm bơm đã vận hành trên 40 năm"),
    F("trên 40 năm", "40", 40, "measure", "năm", "thời gian vận hành trạm bơm", approx="over", optional=True),
    F("khoảng 60-65%", "60", 60, "percent", "%", "hiệu suất máy bơm", value_max=65, approx="about"),
    F("đạt 137.300 ha", "137.300", 137300, "measure", "ha", "diện tích tưới, tiêu cả năm",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("nâng cấp 12 trạm bơm", "12", 12, "count", "trạm bơm", "trạm bơm hoàn thành cải tạo, nâng cấp",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Formal report (UBND tỉnh Bắc Ninh, Số: 238/BC-UBND, 15/7/2024): irrigation support H1/2024 with a flattened '|' table (Đơn vị tính: ha).",
    "The letterhead date 'Bắc Ninh, ngày 15 tháng 7 năm 2024' is the published date. Distractors: 'Số: 238/BC-UBND', section numbers I., 1.-3., II.",
    "Table: every cell is a figure (unit ha from the unit line), district rows give the location, the 'Tổng cộng' row is Bắc Ninh;",
    "  the period '6 tháng đầu năm 2024' stands in the sentence before the table (inherited); cells carry no totals.",
    "'49 trạm', '463 trạm' follow 'trong đó' after 512 trạm bơm: total 512. '48,2 tỷ đồng, bằng 49,9%' gives percent 49.9.",
    "revised after the first score: table subjects are now the row and column labels as FIGURES.md says ('Cộng', 'Tổng cộng tưới');",
    "  the first gold had added words of its own ('diện tích tưới, tiêu cộng', 'tổng cộng diện tích tưới').",
    "'trên 40 năm' is an age class (optional). 'Còn 87 trạm bơm' states no period. The 2024 plan figures are targets ('Phấn đấu').",
]

if __name__ == "__main__":
    write("p880-3", TEXT, FIGS, NOTES, published="2024-07-15", location="Bắc Ninh")
