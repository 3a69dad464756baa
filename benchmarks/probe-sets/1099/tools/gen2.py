"""p1099-2: district portal, huyện Mộc Châu (Sơn La): vegetables in net houses, a cooperative's tomato greenhouse."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU - TỈNH SƠN LA
Tin tức - Sự kiện > Kinh tế
Mộc Châu mở rộng sản xuất rau, quả trong nhà lưới
Ngày đăng: 05/06/2024 | Lượt xem: 587

Từ đầu năm đến nay, toàn huyện đã gieo trồng 1.840 ha rau các loại, trong đó có 126 ha rau, quả sản xuất trong nhà màng, nhà lưới, tăng 18 ha so với cùng kỳ năm 2023. Sản lượng rau 5 tháng đầu năm ước đạt 32.500 tấn, đạt 54,2% kế hoạch năm.

Xã Đông Sang hiện có 42 hộ và 3 hợp tác xã trồng cà chua, dưa lưới trong nhà màng với tổng diện tích gần 15 ha. Tại Hợp tác xã Rau an toàn Tiểu khu 19, mỗi 1.000 m2 nhà màng cho thu hoạch khoảng 12 tấn cà chua mỗi vụ; với giá bán bình quân 22.000 đồng/kg, doanh thu đạt hơn 260 triệu đồng/vụ. Mỗi năm hợp tác xã trồng 2 vụ, tạo việc làm thường xuyên cho 25 lao động với thu nhập 6-7 triệu đồng/người/tháng.

Ông Lò Văn Tư, Giám đốc hợp tác xã, cho biết hợp tác xã có 5.000 m2 nhà màng, tổng vốn đầu tư cả hệ thống tưới là 1,6 tỷ đồng, dự kiến thu hồi vốn sau 4 năm.

Theo Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh Sơn La, hộ đầu tư nhà màng, nhà lưới được hỗ trợ 50% chi phí mua màng phủ, lưới chắn côn trùng, tối đa 100 triệu đồng/hộ.

Năm 2024, huyện phấn đấu mở rộng thêm 30 ha nhà màng, nhà lưới, nâng tổng diện tích lên trên 150 ha. Các hộ có nhu cầu liên hệ Phòng Nông nghiệp và PTNT huyện, điện thoại 0212.3866.120 để được hướng dẫn.
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-05")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("gieo trồng 1.840 ha", "1.840", 1840, "measure", "ha", "diện tích rau các loại gieo trồng", period=YTD),
    F("có 126 ha", "126", 126, "measure", "ha", "diện tích rau, quả sản xuất trong nhà màng, nhà lưới",
      total=1840, change=C("increase", 18, "ha", "cùng kỳ năm 2023"), period=YTD),
    F("ước đạt 32.500 tấn", "32.500", 32500, "measure", "tấn", "sản lượng rau", percent=54.2,
      status="estimate", period=P("5 tháng đầu năm", "2024-01-01", "2024-05-31")),
    F("có 42 hộ", "42", 42, "count", "hộ", "hộ trồng cà chua, dưa lưới trong nhà màng"),
    F("3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã trồng cà chua, dưa lưới trong nhà màng"),
    F("gần 15 ha", "15", 15, "measure", "ha", "tổng diện tích trồng cà chua, dưa lưới trong nhà màng",
      approx="nearly"),
    F("khoảng 12 tấn", "12", 12, "measure", "tấn/vụ", "cà chua thu hoạch trên 1.000 m2 nhà màng",
      approx="about"),
    F("bình quân 22.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá bán cà chua bình quân"),
    F("hơn 260 triệu đồng/vụ", "260", 260e6, "money", "đồng/vụ", "doanh thu trên 1.000 m2 nhà màng",
      approx="over"),
    F("trồng 2 vụ", "2", 2, "count", "vụ", "số vụ trồng mỗi năm", optional=True),
    F("cho 25 lao động", "25", 25, "count", "lao động", "lao động có việc làm thường xuyên"),
    F("thu nhập 6-7 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập của lao động", value_max=7e6),
    F("có 5.000 m2", "5.000", 5000, "measure", "m2", "diện tích nhà màng của hợp tác xã"),
    F("là 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "tổng vốn đầu tư nhà màng và hệ thống tưới"),
    F("sau 4 năm", "4", 4, "measure", "năm", "thời gian thu hồi vốn", status="forecast"),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "mức hỗ trợ chi phí mua màng phủ, lưới chắn côn trùng",
      location="Sơn La"),
    F("tối đa 100 triệu đồng/hộ", "100", 100e6, "money", "đồng/hộ", "mức hỗ trợ tối đa mỗi hộ",
      approx="at_most", location="Sơn La"),
    F("thêm 30 ha", "30", 30, "measure", "ha", "diện tích nhà màng, nhà lưới mở rộng thêm",
      status="target", period=Y24),
    F("lên trên 150 ha", "150", 150, "measure", "ha", "tổng diện tích nhà màng, nhà lưới",
      approx="over", status="target", period=Y24),
]

COMMENTS = [
    "District portal (huyện Mộc Châu, Sơn La): 'Ngày đăng: 05/06/2024 | Lượt xem: 587'.",
    "Distractors: Lượt xem 587, Tiểu khu 19 (a place name), Nghị quyết số 12/2022/NQ-HĐND, the phone 0212.3866.120, 'Lò Văn Tư' (name with a number word).",
    "'Từ đầu năm đến nay' ends at the dateline. 126 ha follows 'trong đó' after 1.840 ha of vegetables (same thing, same period): total 1840.",
    "'mỗi 1.000 m2 nhà màng … khoảng 12 tấn cà chua mỗi vụ': the area denominator stands apart and goes to the subject (as 'trên 1.000 dân' in gold 000), 'mỗi vụ' to the unit; 1.000 is not a figure.",
    "Commune (xã Đông Sang) and cooperative figures are located in the district; the province's support policy (HĐND tỉnh Sơn La) is Sơn La.",
    "'trồng 2 vụ' (crop calendar) is optional; 'thu hồi vốn sau 4 năm' after 'dự kiến' is a forecast duration.",
]

if __name__ == "__main__":
    build("p1099-2", TEXT, FIGS, COMMENTS, published="2024-06-05", location="Mộc Châu")
