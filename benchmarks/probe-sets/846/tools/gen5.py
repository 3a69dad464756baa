"""p846-5: Party/provincial newspaper (Báo Lạng Sơn), khoai môn Thất Khê (Tràng Định) before Tết 2023."""
from lib import F, change, inherit, write, year

TEXT = """Khoai môn Thất Khê vào vụ Tết

Những ngày cận Tết Quý Mão, người trồng khoai môn ở huyện Tràng Định tất bật thu hoạch, đóng bao giao cho thương lái.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, năm 2022 toàn huyện trồng 845 ha khoai môn, tập trung tại thị trấn Thất Khê và các xã Chi Lăng, Đại Đồng, Kháng Chiến. Năng suất bình quân ước đạt 17,5 tấn/ha, sản lượng ước đạt trên 14.700 tấn.

Hiện giá khoai môn loại 1 tại ruộng từ 25.000 đến 28.000 đồng/kg, loại 2 khoảng 15.000 đồng/kg, cao hơn 3.000 đồng/kg so với vụ trước. Với giá này, mỗi ha khoai môn cho thu nhập 350-400 triệu đồng, gấp 3-4 lần trồng lúa.

Gia đình ông Hoàng Văn Tám ở khối 5, thị trấn Thất Khê trồng 7 sào khoai môn, vụ này thu hoạch gần 6 tấn củ, trừ chi phí lãi hơn 90 triệu đồng. “Khoai môn Thất Khê bở, thơm nên không lo đầu ra, thương lái đặt tiền trước cả tháng”, ông Tám chia sẻ.

Khoai môn Thất Khê được Cục Sở hữu trí tuệ cấp nhãn hiệu chứng nhận từ năm 2015. Hiện huyện có 6 hợp tác xã và 21 tổ hợp tác liên kết tiêu thụ khoai môn, trong đó 2 sản phẩm đạt OCOP 3 sao. Dự kiến dịp Tết, lượng khoai môn tiêu thụ ra ngoài tỉnh khoảng 4.000 tấn.

Năm 2023, huyện phấn đấu mở rộng diện tích khoai môn lên 900 ha, trong đó 100 ha sản xuất theo tiêu chuẩn VietGAP; đồng thời tổ chức Lễ hội khoai môn Thất Khê lần thứ 3 vào tháng 10.

MINH HẠNH
10/01/2023
"""

Y22 = year("năm 2022", 2022)
Y22i = inherit(Y22)
Y23 = year("Năm 2023", 2023)

FIGS = [
    F("trồng 845 ha", "845", 845, "measure", "ha", "diện tích khoai môn", period=Y22),
    F("ước đạt 17,5 tấn/ha", "17,5", 17.5, "measure", "tấn/ha", "năng suất bình quân khoai môn",
      status="estimate", period=Y22i),
    F("trên 14.700 tấn", "14.700", 14700, "measure", "tấn", "sản lượng khoai môn",
      approx="over", status="estimate", period=Y22i),
    F("từ 25.000 đến 28.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá khoai môn loại 1 tại ruộng",
      value_max=28000),
    F("khoảng 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá khoai môn loại 2",
      approx="about", change=change("increase", 3000, "đồng/kg", "vụ trước")),
    F("350-400 triệu đồng", "350", 350e6, "money", "đồng/ha", "thu nhập mỗi ha khoai môn", value_max=400e6),
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", "thu nhập khoai môn so với trồng lúa", value_max=4,
      optional=True),
    F("trồng 7 sào", "7", 7, "measure", "sào", "diện tích khoai môn của gia đình ông Hoàng Văn Tám"),
    F("gần 6 tấn", "6", 6, "measure", "tấn", "khoai môn thu hoạch của gia đình ông Tám", approx="nearly"),
    F("lãi hơn 90 triệu đồng", "90", 90e6, "money", "đồng", "lãi của gia đình ông Tám", approx="over"),
    F("có 6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã liên kết tiêu thụ khoai môn"),
    F("21 tổ hợp tác", "21", 21, "count", "tổ hợp tác", "tổ hợp tác liên kết tiêu thụ khoai môn"),
    F("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt OCOP"),
    F("OCOP 3 sao", "3", 3, "count", "sao", "hạng sao OCOP", optional=True),
    F("khoảng 4.000 tấn", "4.000", 4000, "measure", "tấn", "khoai môn tiêu thụ ra ngoài tỉnh dịp Tết",
      approx="about", status="forecast"),
    F("lên 900 ha", "900", 900, "measure", "ha", "diện tích khoai môn", status="target", period=Y23),
    F("trong đó 100 ha", "100", 100, "measure", "ha", "diện tích sản xuất theo tiêu chuẩn VietGAP",
      total=900, status="target", period=Y23),
]

NOTES = [
    "Party/provincial newspaper (Báo Lạng Sơn): khoai môn Thất Khê, huyện Tràng Định; byline and bare date 10/01/2023 at the end.",
    "Location: the district Tràng Định (thị trấn Thất Khê lies in it).",
    "Distractors: Tết Quý Mão, 'loại 1'/'loại 2' (grades), khối 5, name Hoàng Văn Tám, 'từ năm 2015', 'lần thứ 3', 'vào tháng 10', 'cả tháng'.",
    "'gấp 3-4 lần trồng lúa' follows the income in the same sentence; 'gấp' is not a change cue of the spec and it does not stand",
    "alone: an optional multiple figure, no change on 350-400 triệu. '2 sản phẩm' after 'trong đó' counts products, not HTX: no total.",
    "'Hiện', 'vụ này', 'dịp Tết' give no period.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2023-01-10", location="Tràng Định")
