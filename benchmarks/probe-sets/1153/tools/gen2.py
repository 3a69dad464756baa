"""p1153-2: district portal (huyện Đông Anh, Hà Nội), mobile book fair in schools and a private bookstore in xã Uy Nỗ."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Trang chủ > Tin tức > Văn hóa - Thể thao

Đưa hội sách lưu động về trường học vùng ven

Thứ Năm, 17/10/2024 - 09:40

Từ ngày 7 đến 12/10, Phòng Văn hóa và Thông tin huyện phối hợp với Công ty Phát hành sách Hà Nội tổ chức hội sách lưu động tại 6 trường tiểu học, trung học cơ sở thuộc các xã Uy Nỗ, Cổ Loa, Việt Hùng, Liên Hà. Mỗi điểm trưng bày từ 1.500 đến 2.000 cuốn sách thuộc hơn 600 tên sách, giá bán giảm từ 10 đến 30% so với giá bìa.

Trong 6 ngày, hội sách thu hút khoảng 4.200 lượt học sinh, giáo viên và phụ huynh, bán được 5.860 cuốn, doanh thu hơn 312 triệu đồng. Riêng Trường THCS Cổ Loa có 1.150 lượt học sinh tham gia đọc và mua sách.

Tại xã Uy Nỗ, nhà sách Minh Khai của gia đình chị Nguyễn Thị Hòa (thôn 2, đường Cao Lỗ) là một trong những nhà sách tư nhân lớn nhất huyện. Cửa hàng rộng khoảng 180 m2, bày bán gần 8.000 đầu sách và văn phòng phẩm, tạo việc làm cho 5 lao động với mức lương 6,5 triệu đồng/người/tháng. Chị Hòa cho biết, mùa tựu trường vừa qua cửa hàng bán được hơn 2.300 bộ sách giáo khoa, gấp đôi năm 2023.

Hiện toàn huyện có 37 nhà sách, cửa hàng sách và 24 điểm bán sách tại chợ, trường học. Năm 2024, huyện phấn đấu tổ chức ít nhất 10 phiên hội sách lưu động, đưa khoảng 20.000 cuốn sách đến với học sinh các xã.

Tuấn Minh (Trung tâm Văn hóa - Thông tin và Thể thao huyện)
"""

FAIR = P("Từ ngày 7 đến 12/10", "2024-10-07", "2024-10-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tại 6 trường", "6", 6, "count", "trường tiểu học, trung học cơ sở",
      subject="trường tiểu học, trung học cơ sở tổ chức hội sách lưu động", period=FAIR),
    F("từ 1.500 đến 2.000", "1.500", 1500, "count", "cuốn sách", value_max=2000,
      subject="sách trưng bày tại mỗi điểm", period=I(FAIR)),
    F("hơn 600 tên sách", "600", 600, "count", "tên sách", approx="over",
      subject="tên sách trưng bày tại mỗi điểm", period=I(FAIR)),
    F("từ 10 đến 30%", "10", 10, "percent", "%", value_max=30,
      subject="mức giảm giá bán so với giá bìa", period=I(FAIR)),
    F("khoảng 4.200 lượt", "4.200", 4200, "count", "lượt học sinh, giáo viên và phụ huynh", approx="about",
      subject="lượt học sinh, giáo viên và phụ huynh đến hội sách", period=I(FAIR)),
    F("bán được 5.860 cuốn", "5.860", 5860, "count", "cuốn", subject="sách bán được tại hội sách",
      period=I(FAIR)),
    F("hơn 312 triệu", "312", 312000000, "money", "đồng", approx="over",
      subject="doanh thu hội sách lưu động", period=I(FAIR)),
    F("có 1.150 lượt", "1.150", 1150, "count", "lượt học sinh",
      subject="lượt học sinh Trường THCS Cổ Loa tham gia đọc và mua sách", period=I(FAIR)),
    F("khoảng 180 m2", "180", 180, "measure", "m2", approx="about", subject="diện tích nhà sách Minh Khai"),
    F("gần 8.000 đầu sách", "8.000", 8000, "count", "đầu sách", approx="nearly",
      subject="đầu sách và văn phòng phẩm nhà sách Minh Khai bày bán"),
    F("cho 5 lao động", "5", 5, "count", "lao động", subject="lao động của nhà sách Minh Khai"),
    F("6,5 triệu", "6,5", 6500000, "money", "đồng/người/tháng", subject="mức lương lao động của nhà sách Minh Khai"),
    F("hơn 2.300 bộ", "2.300", 2300, "count", "bộ sách giáo khoa", approx="over",
      change=C("increase", 2, "lần", "năm 2023"),
      subject="bộ sách giáo khoa nhà sách Minh Khai bán được mùa tựu trường"),
    F("có 37 nhà sách", "37", 37, "count", "nhà sách, cửa hàng sách", subject="nhà sách, cửa hàng sách"),
    F("và 24 điểm", "24", 24, "count", "điểm bán sách", subject="điểm bán sách tại chợ, trường học"),
    F("ít nhất 10 phiên", "10", 10, "count", "phiên hội sách lưu động", approx="at_least", status="target",
      subject="phiên hội sách lưu động tổ chức", period=Y24),
    F("khoảng 20.000 cuốn", "20.000", 20000, "count", "cuốn sách", approx="about", status="target",
      subject="sách đưa đến với học sinh các xã", period=Y24),
]

NOTES = [
    "District portal (huyện Đông Anh, Hà Nội): 'Thứ Năm, 17/10/2024 - 09:40' (published); byline with unit at the end.",
    "Location: the district (Đông Anh) for every figure; xã Uy Nỗ / Cổ Loa are communes, below the level FIGURES.md names (province, city, district).",
    "'Từ ngày 7 đến 12/10' takes 2024 from published; it is scored on the 6 schools (same sentence), inherited elsewhere in the fair passage.",
    "Distractors: 'Trong 6 ngày' (duration), 'thôn 2', 'đường Cao Lỗ', 'một trong những' (not a count), time 09:40.",
    "'giá bán giảm từ 10 đến 30% so với giá bìa' is a rate standing as the claim (percent, range, no change).",
    "'gấp đôi năm 2023' after 2.300 bộ is its change (increase, 2 lần). 'mùa tựu trường vừa qua' gives no datable period.",
    "'Riêng Trường THCS Cổ Loa có 1.150 lượt học sinh': 'Riêng' is no part-of cue in FIGURES.md and the unit differs: no total.",
    "'Mỗi điểm trưng bày từ 1.500 đến 2.000 cuốn' kept as a count of cuốn sách (distributive 'mỗi điểm', not a written rate).",
]

if __name__ == "__main__":
    write("p1153-2", TEXT, NOTES, FIGS, published="2024-10-17", location="Đông Anh")
