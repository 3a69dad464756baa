"""p1122-7: department site (Sở NN&PTNT Nghệ An), no dateline; one-cell-per-line table of livestock deaths by year."""
from lib import F, P, D, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Trang chủ | Giới thiệu | Tin tức | Văn bản chỉ đạo | Hỏi đáp

Chủ động chống rét cho đàn gia súc vùng cao

Nghệ An hiện có khoảng 298.000 con trâu và gần 520.000 con bò, trong đó huyện Kỳ Sơn chiếm gần 11%. Nhờ làm tốt công tác phòng chống, số gia súc chết do rét giảm mạnh qua các năm.

Số gia súc chết do rét đậm, rét hại trên địa bàn tỉnh
Đơn vị tính: con
Loại gia súc
Năm 2022
Năm 2023
Năm 2024
Trâu
412
96
58
Bò
357
121
74
Dê
88
35
19
Tổng số
857
252
151

Năm 2024, số gia súc chết do rét giảm 40,1% so với năm 2023. Khi nhiệt độ xuống dưới 12 độ C, người dân phải nhốt gia súc trong chuồng, đốt lửa sưởi; dưới 10 độ C không cho trâu, bò làm việc đồng áng. Trong tháng 12/2024, Chi cục Chăn nuôi và Thú y đã cấp 1.800 tấm bạt che chuồng, 650 bao cám (loại 25 kg/bao) cho hộ nghèo ở Kỳ Sơn, Tương Dương, Quế Phong; tổng kinh phí gần 520 triệu đồng từ nguồn xã hội hóa.

Tại xã Na Ngoi (Kỳ Sơn), Hợp tác xã chăn nuôi Huồi Xái có 46 thành viên với khoảng 320 con bò. Hợp tác xã đã làm hai nhà chuồng tập trung, mỗi nhà rộng 400 m2, dự trữ 60 tấn cỏ VA06 ủ chua cho mùa đông.

Bài viết liên quan:
- Tổng kết công tác thú y năm 2024
- Tập huấn phòng chống đói rét cho gia súc lần thứ 2

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Địa chỉ: Số 37 Lê Hồng Phong, TP Vinh, Nghệ An
Điện thoại: 0238.3844.283
Tổng lượt truy cập: 2.046.731 | Đang trực tuyến: 38
"""

YEARS = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
         "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
         "Năm 2024": P("Năm 2024", "2024-01-01", "2024-12-31")}
DEC = P("Trong tháng 12/2024", "2024-12-01", "2024-12-31")
COOP = "Hợp tác xã chăn nuôi Huồi Xái"


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "con", subject=f"{row} chết do rét đậm, rét hại {col.lower()}",
             period=YEARS[col])


FIGS = [
    F("khoảng 298.000 con trâu", "298.000", 298000, "count", "con trâu", approx="about", subject="đàn trâu"),
    F("gần 520.000 con bò", "520.000", 520000, "count", "con bò", approx="nearly", subject="đàn bò"),
    F("chiếm gần 11%", "11", 11, "percent", "%", approx="nearly", subject="tỷ trọng đàn trâu, bò của huyện Kỳ Sơn",
      location="Kỳ Sơn"),
    cell("Trâu\n412", "412", 412, "trâu", "Năm 2022"),
    cell("412\n96", "96", 96, "trâu", "Năm 2023"),
    cell("96\n58", "58", 58, "trâu", "Năm 2024"),
    cell("Bò\n357", "357", 357, "bò", "Năm 2022"),
    cell("357\n121", "121", 121, "bò", "Năm 2023"),
    cell("121\n74", "74", 74, "bò", "Năm 2024"),
    cell("Dê\n88", "88", 88, "dê", "Năm 2022"),
    cell("88\n35", "35", 35, "dê", "Năm 2023"),
    cell("35\n19", "19", 19, "dê", "Năm 2024"),
    cell("Tổng số\n857", "857", 857, "tổng số gia súc", "Năm 2022"),
    cell("857\n252", "252", 252, "tổng số gia súc", "Năm 2023"),
    cell("252\n151", "151", 151, "tổng số gia súc", "Năm 2024"),
    F("giảm 40,1%", "40,1", 40.1, "percent", "%", subject="mức giảm số gia súc chết do rét so với năm 2023",
      period=YEARS["Năm 2024"]),
    F("dưới 12 độ C", "12", 12, "measure", "độ C", approx="under", optional=True),
    F("dưới 10 độ C", "10", 10, "measure", "độ C", approx="under", optional=True),
    F("cấp 1.800 tấm bạt", "1.800", 1800, "count", "tấm bạt", subject="bạt che chuồng cấp cho hộ nghèo", period=DEC),
    F("650 bao cám", "650", 650, "count", "bao cám", subject="cám cấp cho hộ nghèo", period=DEC),
    F("loại 25 kg/bao", "25", 25, "measure", "kg/bao", optional=True),
    F("gần 520 triệu đồng", "520", 520e6, "money", "đồng", approx="nearly", subject="tổng kinh phí", period=DEC),
    F("có 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên " + COOP, location="Kỳ Sơn"),
    F("khoảng 320 con bò", "320", 320, "count", "con bò", approx="about", subject="bò của " + COOP,
      location="Kỳ Sơn"),
    F("làm hai nhà chuồng", "hai", 2, "count", "nhà chuồng", subject="nhà chuồng tập trung đã làm",
      location="Kỳ Sơn"),
    F("rộng 400 m2", "400", 400, "measure", "m2", subject="diện tích mỗi nhà chuồng", location="Kỳ Sơn"),
    F("dự trữ 60 tấn", "60", 60, "measure", "tấn", subject="cỏ VA06 ủ chua dự trữ cho mùa đông", location="Kỳ Sơn"),
]

NOTES = [
    "Department site (Sở NN&PTNT Nghệ An) with no dateline: no published. Footer address, phone, visit counter, related links.",
    "One-cell-per-line table ('Đơn vị tính: con'): rows are livestock kinds, columns years → periods scored; 'Tổng số' row its own figure.",
    "Table subject = row label + caption indicator + column label (FIGURES.md §3), e.g. 'trâu chết do rét đậm, rét hại năm 2022'.",
    "Distractors: 'Số 37 Lê Hồng Phong', phone 0238.3844.283, 'Tổng lượt truy cập: 2.046.731', 'Đang trực tuyến: 38', 'lần thứ 2',",
    "'năm 2024' in a related link, 'cỏ VA06' (a grass variety name). 'hai nhà chuồng' is a number word (2).",
    "'giảm 40,1% so với năm 2023' stands alone as the claim (no base amount in the sentence): percent figure, no change.",
    "'chiếm gần 11%' is Kỳ Sơn's share of the province's herd: location Kỳ Sơn. Package size '25 kg/bao' optional.",
    "'trong tháng 12/2024' dates the support; the cooperative passage (xã Na Ngoi, Kỳ Sơn) has no date.",
]

if __name__ == "__main__":
    write("p1122-7", TEXT, NOTES, FIGS, published=None, location="Nghệ An")
