"""p643-7: Sở VH&TT Đà Nẵng department site (no dateline) — lượt truy cập thư viện số by district, one-cell-per-line table."""
from lib import F, P, I, CH, emit

ROWS = [
    ("Hải Châu", "18.420", "25.760", "30.000"),
    ("Thanh Khê", "12.305", "17.940", "21.000"),
    ("Sơn Trà", "9.860", "13.215", "16.000"),
    ("Liên Chiểu", "7.540", "11.080", "14.000"),
    ("Hòa Vang", "3.120", "5.470", "8.000"),
]
TABLE = "\n".join(f"{d}\n{a}\n{b}\n{c}" for d, a, b, c in ROWS)

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Hoạt động thư viện

Thư viện số quận, huyện thu hút bạn đọc trẻ

Năm 2023, hệ thống thư viện số của 5 thư viện quận, huyện trên địa bàn thành phố Đà Nẵng ghi nhận 73.465 lượt truy cập, tăng 43,4% so với năm 2022 (51.245 lượt). Kế hoạch năm 2024 đặt ra là 89.000 lượt. Quận Hải Châu tiếp tục dẫn đầu, chiếm 35,1% tổng lượt truy cập năm 2023; huyện Hòa Vang có mức tăng cao nhất, đạt 75,3%.

Bảng: Lượt truy cập thư viện số tại các thư viện quận, huyện
Đơn vị tính: lượt

Quận, huyện
Năm 2022
Năm 2023
Kế hoạch 2024
""" + TABLE + """

Tính đến ngày 31/12/2023, các thư viện quận, huyện có 8.940 bạn đọc có thẻ, trong đó bạn đọc dưới 18 tuổi chiếm khoảng 62%. Thư viện thành phố đã chia sẻ 4.300 cuốn sách điện tử cho các thư viện quận, huyện khai thác chung. Thư viện quận Sơn Trà thí điểm cho mượn sách điện tử qua ứng dụng trên điện thoại, thu hút 1.260 tài khoản đăng ký sau 3 tháng triển khai. Năm 2024, thành phố bố trí 1,2 tỷ đồng để nâng cấp phần mềm và thiết bị số cho thư viện cơ sở.

Địa chỉ: số 42 Phan Châu Trinh, quận Hải Châu, TP Đà Nẵng
Điện thoại: 0236.3821.495
Tổng số lượt truy cập: 2.418.337
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]

FIGS = [
    F("của 5 thư viện", "5", 5, "count", "thư viện", "thư viện quận, huyện có hệ thống thư viện số", Y23),
    F("ghi nhận 73.465 lượt", "73.465", 73465, "count", "lượt truy cập", "lượt truy cập hệ thống thư viện số quận, huyện",
      Y23, change=CH("increase", 43.4, "%", "năm 2022")),
    F("(51.245 lượt)", "51.245", 51245, "count", "lượt", "lượt truy cập hệ thống thư viện số quận, huyện",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("là 89.000 lượt", "89.000", 89000, "count", "lượt", "lượt truy cập thư viện số kế hoạch",
      P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("chiếm 35,1%", "35,1", 35.1, "percent", "%", "tỷ trọng trong tổng lượt truy cập", Y23,
      location="Hải Châu"),
    F("đạt 75,3%", "75,3", 75.3, "percent", "%", "mức tăng lượt truy cập thư viện số", Y23, location="Hòa Vang"),
]
for d, *cells in ROWS:
    for (label, per, status), cell in zip(COLS, cells):
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(f"\n{cell}\n", cell, float(cell.replace(".", "")), "count", "lượt",
                      f"lượt truy cập thư viện số {label}", per, location=d, **kw))
FIGS += [
    F("có 8.940 bạn đọc", "8.940", 8940, "count", "bạn đọc", "bạn đọc có thẻ của các thư viện quận, huyện",
      P("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", "tuổi bạn đọc", approx="under", optional=True),
    F("khoảng 62%", "62", 62, "percent", "%", "tỷ lệ bạn đọc dưới 18 tuổi trong số bạn đọc có thẻ",
      P("Tính đến ngày 31/12/2023", None, "2023-12-31"), approx="about"),
    F("chia sẻ 4.300 cuốn", "4.300", 4300, "count", "cuốn sách điện tử",
      "sách điện tử Thư viện thành phố chia sẻ cho các thư viện quận, huyện"),
    F("thu hút 1.260 tài khoản", "1.260", 1260, "count", "tài khoản",
      "tài khoản đăng ký mượn sách điện tử qua ứng dụng", location="Sơn Trà"),
    F("bố trí 1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng",
      "kinh phí nâng cấp phần mềm và thiết bị số cho thư viện cơ sở", P("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Sở Văn hóa và Thể thao Đà Nẵng (department site), no dateline: lượt truy cập thư viện số of district libraries 2022-2023, plan 2024.",
    "One-cell-per-line table with 'Đơn vị tính: lượt' and columns Năm 2022 | Năm 2023 | Kế hoạch 2024: every numeric cell is a figure,",
    "location = the district in the row label, period from the column header (scored, as in shared h23), 'Kế hoạch' column → target.",
    "Columns add up: 51.245 (2022), 73.465 (2023), 89.000 (plan). The bracketed '(51.245 lượt)' after 'so với năm 2022' is the baseline",
    "amount: a figure of its own (as shared h06), period năm 2022.",
    "'chiếm 35,1%' (Hải Châu's share) and 'mức tăng cao nhất, đạt 75,3%' (Hòa Vang's growth as the claim) are percent figures, period 2023.",
    "revised after scoring: subject of 35,1% loses 'thư viện số' (its sentence names 'tổng lượt truy cập' itself).",
    "'sau 3 tháng triển khai' is a duration that locates the 1.260 accounts in time: not a figure.",
    "Distractors: footer 'Tổng số lượt truy cập: 2.418.337' (page counter), 'số 42 Phan Châu Trinh', phone 0236.3821.495.",
    "'trong đó bạn đọc dưới 18 tuổi chiếm khoảng 62%' is a percent figure (the part has no count); 'dưới 18 tuổi' is optional.",
]

if __name__ == "__main__":
    emit("p643-7", TEXT, COMMENTS, FIGS, location="Đà Nẵng")
