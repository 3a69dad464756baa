"""p831-5: Báo Lâm Đồng (Party/provincial newspaper), sturgeon in Lạc Dương, byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Cá tầm Lâm Đồng trước sức ép cá nhập khẩu giá rẻ

Lâm Đồng là địa phương nuôi cá nước lạnh lớn nhất cả nước. Năm 2023, sản lượng cá nước lạnh toàn tỉnh ước đạt 1.580 tấn, chiếm khoảng 30% sản lượng cả nước; trong đó cá tầm khoảng 1.100 tấn.

Huyện Lạc Dương hiện có 48 cơ sở nuôi, tập trung ở các xã Đạ Sar, Đạ Chais, Đạ Nhim, chiếm hơn 70% sản lượng của tỉnh. Nhờ nguồn nước từ các con suối đầu nguồn, cá tầm ở đây nuôi 14-16 tháng đã đạt 2-3 kg/con.

Tuy nhiên, những tháng gần đây người nuôi gặp khó. Giá cá tầm thương phẩm tại ao hiện chỉ còn 130.000-150.000 đồng/kg, thấp hơn khoảng 20% so với năm 2019, trong khi giá thức ăn tăng 15-18%. Cá tầm nhập lậu từ Trung Quốc được bán tại chợ Đà Lạt chỉ 90.000-100.000 đồng/kg.

Ông Nguyễn Văn Bảy, chủ trại cá ở thôn Đưng K’Si, xã Đạ Sar cho biết, trại có 30 bể nuôi, mỗi năm xuất khoảng 40 tấn cá, lợi nhuận trước đây đạt 1,5 tỷ đồng/năm, nay giảm còn chưa đến 800 triệu đồng. “Nếu không có thương hiệu riêng, nhiều hộ nuôi sẽ phải treo bể”, ông Bảy nói.

Để gỡ khó, tỉnh đã cấp 12 giấy chứng nhận quyền sử dụng nhãn hiệu tập thể “Cá tầm Đà Lạt” và hỗ trợ 6 cơ sở truy xuất nguồn gốc bằng mã QR. Năm 2023, các lực lượng chức năng đã kiểm tra 27 vụ, tịch thu gần 4,5 tấn cá tầm không rõ nguồn gốc.

Tỉnh đặt mục tiêu đến năm 2025 sản lượng cá nước lạnh đạt 2.000 tấn, trong đó có ít nhất 5 cơ sở sản xuất trứng cá tầm (caviar) đạt tiêu chuẩn xuất khẩu.

KHÁNH PHÚC
20/11/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y2025 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("ước đạt 1.580 tấn", "1.580", 1580, "measure", "tấn", "sản lượng cá nước lạnh", Y23,
      status="estimate", percent=30),
    F("cá tầm khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn", "sản lượng cá tầm", Y23,
      approx="about", total=1580, status="estimate"),
    F("có 48 cơ sở nuôi", "48", 48, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", location="Lạc Dương"),
    F("chiếm hơn 70% sản lượng", "70", 70, "percent", "%", "tỷ trọng sản lượng cá nước lạnh của Lạc Dương trong tỉnh",
      approx="over", location="Lạc Dương"),
    F("nuôi 14-16 tháng", "14", 14, "measure", "tháng", "thời gian nuôi cá tầm", value_max=16, location="Lạc Dương"),
    F("đạt 2-3 kg/con", "2", 2, "measure", "kg/con", "trọng lượng cá tầm", value_max=3, location="Lạc Dương"),
    F("chỉ còn 130.000-150.000 đồng/kg", "130.000", 130000, "money", "đồng/kg", "giá cá tầm thương phẩm tại ao",
      value_max=150000, change=C("decrease", 20, baseline="năm 2019", approx="about")),
    F("tăng 15-18%", "15", 15, "percent", "%", "giá thức ăn", value_max=18),
    F("chỉ 90.000-100.000 đồng/kg", "90.000", 90000, "money", "đồng/kg",
      "giá cá tầm nhập lậu từ Trung Quốc bán tại chợ Đà Lạt", value_max=100000, location="Đà Lạt"),
    F("trại có 30 bể nuôi", "30", 30, "count", "bể", "bể nuôi của trại ông Nguyễn Văn Bảy", location="Lạc Dương"),
    F("khoảng 40 tấn cá", "40", 40, "measure", "tấn", "cá xuất bán mỗi năm của trại ông Nguyễn Văn Bảy",
      approx="about", location="Lạc Dương"),
    F("đạt 1,5 tỷ đồng/năm", "1,5", 1.5e9, "money", "đồng/năm", "lợi nhuận trước đây của trại ông Nguyễn Văn Bảy",
      location="Lạc Dương"),
    F("chưa đến 800 triệu đồng", "800", 800e6, "money", "đồng", "lợi nhuận hiện nay của trại ông Nguyễn Văn Bảy",
      approx="under", location="Lạc Dương"),
    F("cấp 12 giấy chứng nhận", "12", 12, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng nhãn hiệu tập thể Cá tầm Đà Lạt được cấp"),
    F("hỗ trợ 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở được hỗ trợ truy xuất nguồn gốc bằng mã QR"),
    F("kiểm tra 27 vụ", "27", 27, "count", "vụ", "vụ kiểm tra cá tầm không rõ nguồn gốc", Y23),
    F("gần 4,5 tấn", "4,5", 4.5, "measure", "tấn", "cá tầm không rõ nguồn gốc bị tịch thu", Y23, approx="nearly"),
    F("đạt 2.000 tấn", "2.000", 2000, "measure", "tấn", "sản lượng cá nước lạnh", Y2025, status="target"),
    F("ít nhất 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở sản xuất trứng cá tầm (caviar) đạt tiêu chuẩn xuất khẩu",
      Y2025, approx="at_least", status="target"),
]

HEADER = [
    "Báo Lâm Đồng (Party/provincial newspaper): sturgeon farming under pressure from cheap imports; byline 'KHÁNH PHÚC' and bare date '20/11/2023' at the end.",
    "Distractors: person 'Nguyễn Văn Bảy' / 'ông Bảy', 'thôn Đưng K’Si', trade name 'Cá tầm Đà Lạt', 'mã QR'; foreign origin 'Trung Quốc' is not a location.",
    "Lạc Dương figures (48 cơ sở, 70%, the farm in xã Đạ Sar) take the district; the smuggled-fish price at 'chợ Đà Lạt' takes Đà Lạt; the rest Lâm Đồng.",
    "'chiếm khoảng 30% sản lượng cả nước' is the percent of 1.580 tấn; '; trong đó cá tầm khoảng 1.100 tấn' takes 1.580 as total and the estimate cue continues.",
    "'chiếm hơn 70% sản lượng của tỉnh' follows a count of farms (not an amount of fish): a percent figure of its own.",
    "'thấp hơn khoảng 20% so với năm 2019' is the change of the price range; 'giá thức ăn tăng 15-18%' (no base amount) is a percent figure.",
    "'trong đó có ít nhất 5 cơ sở' counts farms, not tonnes: no total. 'hiện', 'những tháng gần đây', 'trước đây', 'nay' give no dated period.",
]

if __name__ == "__main__":
    write("p831-5", TEXT, HEADER, FIGS, published="2023-11-20", location="Lâm Đồng")
