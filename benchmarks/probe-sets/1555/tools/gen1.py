"""p1555-1: province portal (Long An): plastic pipe output 9 months 2024, a factory in Đức Hòa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Long An
Trang chủ > Tin tức - Sự kiện > Kinh tế

Ngành ống nhựa Long An: 9 tháng sản lượng tăng gần 12%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.846

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng ống nhựa và phụ kiện các loại trên địa bàn tỉnh Long An ước đạt 86.400 tấn, tăng 11,8% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, ống uPVC 41.200 tấn, ống HDPE 33.600 tấn, ống PPR và phụ kiện 11.600 tấn.

Toàn tỉnh hiện có 14 doanh nghiệp sản xuất ống nhựa, tổng công suất thiết kế khoảng 140.000 tấn/năm, sử dụng hơn 3.500 lao động với thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại Khu công nghiệp Đức Hòa 1, huyện Đức Hòa, nhà máy của Công ty CP Nhựa Phước An trong 9 tháng sản xuất 28.500 tấn ống, chiếm 33% sản lượng toàn tỉnh. Công ty vừa đưa vào vận hành hai dây chuyền đùn ống HDPE có đường kính tối đa 1.200 mm, công suất mỗi dây chuyền 600 kg/giờ, tổng vốn đầu tư 95 tỷ đồng.

Kim ngạch xuất khẩu ống nhựa của tỉnh 9 tháng ước đạt 38,5 triệu USD, tăng 20,4% so với cùng kỳ; thị trường chính là Campuchia, Lào và Úc.

Quý IV, Sở Công Thương phấn đấu cùng doanh nghiệp sản xuất thêm 27.000 tấn, đưa sản lượng cả năm lên khoảng 113.400 tấn. Sở phối hợp Cục Quản lý thị trường kiểm tra chất lượng ống nhựa theo Quyết định số 2150/QĐ-UBND; lần thứ 3 tổ chức Hội chợ vật liệu xây dựng tại Bến Lức.

Tin liên quan:
- Long An: Khởi công Nhà máy nước Hòa Khánh 2
- Đối thoại với doanh nghiệp quý III năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
        subject="sản lượng ngành ống nhựa", period=NINE_SHORT),
    fig("ước đạt 86.400 tấn", "86.400", 86400, "measure", "tấn", status="estimate", percent=76.2,
        change=chg("increase", 11.8, "%", "cùng kỳ năm 2023"),
        subject="sản lượng ống nhựa và phụ kiện các loại", period=NINE),
    fig("ống uPVC 41.200 tấn", "41.200", 41200, "measure", "tấn", total=86400, status="estimate",
        subject="sản lượng ống uPVC", period=inh(NINE)),
    fig("ống HDPE 33.600 tấn", "33.600", 33600, "measure", "tấn", total=86400, status="estimate",
        subject="sản lượng ống HDPE", period=inh(NINE)),
    fig("phụ kiện 11.600 tấn", "11.600", 11600, "measure", "tấn", total=86400, status="estimate",
        subject="sản lượng ống PPR và phụ kiện", period=inh(NINE)),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất ống nhựa"),
    fig("khoảng 140.000 tấn/năm", "140.000", 140000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("hơn 3.500 lao động", "3.500", 3500, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất ống nhựa sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("sản xuất 28.500 tấn", "28.500", 28500, "measure", "tấn", percent=33,
        subject="sản lượng ống nhà máy của Công ty CP Nhựa Phước An sản xuất", period=NINE_SHORT, location=DH),
    fig("hành hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền đùn ống HDPE đưa vào vận hành", location=DH),
    fig("tối đa 1.200 mm", "1.200", 1200, "measure", "mm", approx="at_most",
        subject="đường kính ống HDPE", location=DH),
    fig("dây chuyền 600 kg/giờ", "600", 600, "measure", "kg/giờ",
        subject="công suất mỗi dây chuyền", location=DH),
    fig("tư 95 tỷ", "95", 95e9, "money", "đồng", subject="tổng vốn đầu tư hai dây chuyền", location=DH),
    fig("ước đạt 38,5 triệu", "38,5", 38.5e6, "money", "USD", status="estimate",
        change=chg("increase", 20.4, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu ống nhựa của tỉnh", period=NINE_SHORT),
    fig("thêm 27.000 tấn", "27.000", 27000, "measure", "tấn", status="target",
        subject="sản lượng sản xuất thêm", period=Q4),
    fig("khoảng 113.400 tấn", "113.400", 113400, "measure", "tấn", approx="about", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Long An): plastic pipe and fitting output in the first 9 months of 2024; a factory in huyện Đức Hòa.",
    "Dateline 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.846' gives published; the view counter is page furniture.",
    "Distractors: 09:35, 1.846, 'Khu công nghiệp Đức Hòa 1', Quyết định số 2150/QĐ-UBND, 'lần thứ 3', 'Hòa Khánh 2', 'quý III năm 2024' in a link.",
    "Headline 'tăng gần 12%' is a growth rate as the claim: percent, nearly, no change; year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break take total 86.400 tấn and the whole's estimate status; their period is inherited.",
    "Year-less '9 tháng' in the body takes 2024 from '9 tháng đầu năm 2024' (the baseline 'cùng kỳ năm 2023' is not a period of a figure).",
    "The factory passage (huyện Đức Hòa) gives its five figures the location Đức Hòa. 'tối đa 1.200 mm' = at_most.",
    "'Quý IV ... phấn đấu' governs both clauses of the sentence: target.",
    "revised after the first run: headline subject 'sản lượng ngành ống nhựa Long An' → 'sản lượng ngành ống nhựa' (the place belongs",
    "in location, as in the shared gold); 27.000 tấn subject 'sản lượng ống nhựa sản xuất thêm' → 'sản lượng sản xuất thêm'",
    "('ống nhựa' is not in that sentence; the subject is named as the sentence names it).",
]

if __name__ == "__main__":
    write("p1555-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Long An")
