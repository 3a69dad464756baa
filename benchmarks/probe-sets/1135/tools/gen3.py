"""p1135-3: formal report under letterhead (UBND tỉnh Bình Định), net weaving/repair 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 384/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 28 tháng 12 năm 2023

BÁO CÁO
Tình hình phát triển nghề đan, vá lưới phục vụ khai thác hải sản năm 2023

I. TÌNH HÌNH CHUNG
Toàn tỉnh hiện có 5.843 tàu cá, trong đó 3.126 tàu có chiều dài từ 15 m trở lên. Nhu cầu đan mới, vá sửa lưới của đội tàu lớn, tạo việc làm thường xuyên cho lao động ven biển.

II. KẾT QUẢ NĂM 2023
1. Lao động và cơ sở
Năm 2023, toàn tỉnh có 1.037 cơ sở, hộ gia đình làm nghề đan, vá lưới, tăng 64 cơ sở so với năm 2022, sử dụng 6.285 lao động. Kết quả theo địa phương:
Đơn vị tính: người
Địa phương | Lao động đan, vá lưới | Lao động nữ | Đã qua đào tạo
Thị xã Hoài Nhơn | 2.410 | 2.105 | 690
Huyện Phù Mỹ | 1.368 | 1.190 | 352
Huyện Phù Cát | 1.062 | 917 | 240
Thành phố Quy Nhơn | 1.445 | 1.228 | 418
Tổng cộng | 6.285 | 5.440 | 1.700
Tỷ lệ lao động đã qua đào tạo đạt 27%, vượt chỉ tiêu đề ra (25%).

2. Sản lượng, thu nhập
Các cơ sở đã vá sửa lưới cho khoảng 4.100 lượt tàu; sản lượng lưới đan mới ước đạt 2,85 triệu mét, bằng 103,6% kế hoạch. Giá công vá lưới từ 250.000 đến 350.000 đồng/người/ngày; thu nhập bình quân của lao động nghề đạt 6,2 triệu đồng/người/tháng, cao hơn 0,7 triệu đồng so với năm 2022.

III. NHIỆM VỤ NĂM 2024
Phấn đấu đào tạo nghề cho 600 lao động nữ; hình thành thêm 2 hợp tác xã đan vá lưới tại Hoài Nhơn và Phù Mỹ; nâng tỷ lệ lao động qua đào tạo lên 35%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31")
COLS = {"lab": "Lao động đan, vá lưới", "nu": "Lao động nữ", "dt": "Lao động đã qua đào tạo"}
PLACES = {"Hoài Nhơn": "Hoài Nhơn", "Phù Mỹ": "Phù Mỹ", "Phù Cát": "Phù Cát", "Quy Nhơn": "Quy Nhơn"}


def cell(anchor, number, value, row, col):
    if row == "Tổng cộng":
        return F(anchor, number, value, "count", "người", subject=f"{COLS[col]} tổng cộng", period=I(Y23))
    return F(anchor, number, value, "count", "người", subject=COLS[col], period=I(Y23), location=row)


FIGS = [
    F("có 5.843 tàu cá", "5.843", 5843, "count", "tàu cá", subject="tàu cá"),
    F("3.126 tàu", "3.126", 3126, "count", "tàu", total=5843, subject="tàu cá có chiều dài từ 15 m trở lên"),
    F("từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True, subject="chiều dài tàu"),
    F("có 1.037 cơ sở", "1.037", 1037, "count", "cơ sở", change=C("increase", 64, "cơ sở", "năm 2022"),
      subject="cơ sở, hộ gia đình làm nghề đan, vá lưới", period=Y23),
    F("sử dụng 6.285 lao động", "6.285", 6285, "count", "lao động",
      subject="lao động làm nghề đan, vá lưới", period=Y23),
    cell("Hoài Nhơn | 2.410", "2.410", 2410, "Hoài Nhơn", "lab"),
    cell("2.410 | 2.105", "2.105", 2105, "Hoài Nhơn", "nu"),
    cell("2.105 | 690", "690", 690, "Hoài Nhơn", "dt"),
    cell("Phù Mỹ | 1.368", "1.368", 1368, "Phù Mỹ", "lab"),
    cell("1.368 | 1.190", "1.190", 1190, "Phù Mỹ", "nu"),
    cell("1.190 | 352", "352", 352, "Phù Mỹ", "dt"),
    cell("Phù Cát | 1.062", "1.062", 1062, "Phù Cát", "lab"),
    cell("1.062 | 917", "917", 917, "Phù Cát", "nu"),
    cell("917 | 240", "240", 240, "Phù Cát", "dt"),
    cell("Quy Nhơn | 1.445", "1.445", 1445, "Quy Nhơn", "lab"),
    cell("1.445 | 1.228", "1.228", 1228, "Quy Nhơn", "nu"),
    cell("1.228 | 418", "418", 418, "Quy Nhơn", "dt"),
    cell("Tổng cộng | 6.285", "6.285", 6285, "Tổng cộng", "lab"),
    cell("6.285 | 5.440", "5.440", 5440, "Tổng cộng", "nu"),
    cell("5.440 | 1.700", "1.700", 1700, "Tổng cộng", "dt"),
    F("đạt 27%", "27", 27, "percent", "%", target=T(25, "%", True),
      subject="tỷ lệ lao động đã qua đào tạo", period=I(Y23)),
    F("khoảng 4.100 lượt", "4.100", 4100, "count", "lượt tàu", approx="about",
      subject="lượt tàu được vá sửa lưới", period=I(Y23)),
    F("ước đạt 2,85 triệu", "2,85", 2850000, "measure", "mét", percent=103.6, status="estimate",
      subject="sản lượng lưới đan mới", period=I(Y23)),
    F("từ 250.000 đến 350.000", "250.000", 250000, "money", "đồng/người/ngày", value_max=350000,
      subject="giá công vá lưới", period=I(Y23)),
    F("đạt 6,2 triệu", "6,2", 6200000, "money", "đồng/người/tháng",
      change=C("increase", 700000, "đồng", "năm 2022"),
      subject="thu nhập bình quân của lao động nghề đan, vá lưới", period=I(Y23)),
    F("cho 600 lao động", "600", 600, "count", "lao động nữ", status="target",
      subject="lao động nữ được đào tạo nghề", period=I(Y24)),
    F("thêm 2 hợp tác xã", "2", 2, "count", "hợp tác xã", status="target",
      subject="hợp tác xã đan vá lưới hình thành thêm", period=I(Y24)),
    F("lên 35%", "35", 35, "percent", "%", status="target",
      subject="tỷ lệ lao động qua đào tạo", period=I(Y24)),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH ĐỊNH', 'Số: 384/BC-UBND', 'Bình Định, ngày 28 tháng 12 năm 2023' (published), sections I-III, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: người'; row labels are districts/towns/city -> location, subject = column label; 'Tổng cộng' row -> Bình Định,",
    "subject = column label + 'tổng cộng'. Table cells get no totals; their period 'Năm 2023' is stated in the sentence before the table (inherited).",
    "Distractors: 'Số: 384/BC-UBND', section numbers I-III and 1-2, date line. 'từ 15 m trở lên' is a category threshold (optional).",
    "'vượt chỉ tiêu đề ra (25%)' -> target 25 of the 27% figure. 'cao hơn 0,7 triệu đồng' -> change 700000 đồng (multiplier applied).",
    "'2 hợp tác xã tại Hoài Nhơn và Phù Mỹ' names two places for one count: province location. Section III heading gives the 2024 period (inherited).",
    "'I. TÌNH HÌNH CHUNG' figures ('hiện có') get no period.",
]

if __name__ == "__main__":
    write("p1135-3", TEXT, NOTES, FIGS, published="2023-12-28", location="Bình Định")
