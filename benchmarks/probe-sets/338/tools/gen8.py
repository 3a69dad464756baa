from lib import F, P, emit

TEXT = """Ba Chẽ nâng tầm cây ba kích

(BQN) - Từ cây dược liệu mọc hoang dưới tán rừng, ba kích tím đã trở thành cây trồng chủ lực, giúp nhiều hộ đồng bào dân tộc thiểu số ở huyện Ba Chẽ thoát nghèo.

Huyện Ba Chẽ hiện có 1.750 ha ba kích tím, chiếm khoảng 65% diện tích ba kích toàn tỉnh. Trong 9 tháng đầu năm 2024, sản lượng củ ba kích thu hoạch đạt 1.180 tấn, tăng 15,7% so với cùng kỳ; giá bán củ tươi từ 80.000 đến 120.000 đồng/kg, củ khô loại 1 có giá trên 350.000 đồng/kg. Giá trị sản xuất ngành ba kích 9 tháng tăng 18,2% so với cùng kỳ.

Toàn huyện có 12 hợp tác xã và 2 doanh nghiệp chế biến sản phẩm từ ba kích; 100% diện tích ba kích được trồng theo hướng hữu cơ. Năm 2023, huyện có 18 sản phẩm OCOP, trong đó 7 sản phẩm từ ba kích.

Cùng với ba kích, mô hình trồng nấm linh chi của HTX Linh chi Thanh Sơn ở Khu 3, thị trấn Ba Chẽ đang cho thu nhập 450-500 triệu đồng/năm, tạo việc làm ổn định cho 25 lao động. Sản phẩm được bày bán tại điểm giới thiệu OCOP trên Quốc lộ 18C, hotline 0203.3888.216.

Huyện Ba Chẽ đặt mục tiêu đến năm 2025 đạt 2.000 ha ba kích; thu nhập bình quân đầu người đạt 65 triệu đồng/năm. So với các huyện trong tỉnh, diện tích ba kích của Ba Chẽ lớn nhất, tiếp đến là Tiên Yên 620 ha và Đầm Hà 310 ha.

Theo ông Hoàng Văn Mạnh, Phó chủ tịch UBND huyện, thời gian tới huyện sẽ hỗ trợ các hợp tác xã mở rộng liên kết với doanh nghiệp, xây dựng chỉ dẫn địa lý cho ba kích Ba Chẽ.

Hoàng Quân
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
M9_I = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 1.750 ha", "1.750", 1750, "measure", "ha", "ba kích tím", percent=65),
    F("đạt 1.180 tấn", "1.180", 1180, "measure", "tấn", "sản lượng củ ba kích thu hoạch", M9,
      change={"direction": "increase", "value": 15.7, "unit": "%", "baseline": "cùng kỳ"}),
    F("từ 80.000 đến", "80.000", 80000, "money", "đồng/kg", "giá bán củ tươi", M9, value_max=120000),
    F("trên 350.000", "350.000", 350000, "money", "đồng/kg", "giá củ khô loại 1", M9, approx="over"),
    F("tăng 18,2%", "18,2", 18.2, "percent", "%", "giá trị sản xuất ngành ba kích", M9b),
    F("có 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã chế biến sản phẩm từ ba kích"),
    F("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp chế biến sản phẩm từ ba kích"),
    F("; 100% diện tích", "100", 100, "percent", "%", "diện tích ba kích được trồng theo hướng hữu cơ"),
    F("có 18 sản phẩm", "18", 18, "count", "sản phẩm", "sản phẩm OCOP", Y23),
    F("đó 7 sản phẩm", "7", 7, "count", "sản phẩm", "sản phẩm OCOP từ ba kích", Y23, total=18),
    F("nhập 450-500 triệu", "450", 450e6, "money", "đồng/năm", "thu nhập mô hình trồng nấm linh chi", value_max=500e6),
    F("cho 25 lao động", "25", 25, "count", "lao động", "việc làm ổn định"),
    F("đạt 2.000 ha", "2.000", 2000, "measure", "ha", "ba kích", T25, status="target"),
    F("đạt 65 triệu", "65", 65e6, "money", "đồng/năm", "thu nhập bình quân đầu người", T25, status="target"),
    F("Tiên Yên 620 ha", "620", 620, "measure", "ha", "diện tích ba kích", location="Tiên Yên"),
    F("Đầm Hà 310 ha", "310", 310, "measure", "ha", "diện tích ba kích", location="Đầm Hà"),
]

HEADER = """Báo Quảng Ninh style (Party newspaper, '(BQN)' tag): ba kích tím and nấm linh chi in huyện Ba Chẽ. No dateline at all; byline at the end.
Distractors: 'loại 1' (grade), 'Khu 3' (address), 'Quốc lộ 18C', hotline 0203.3888.216, 'HTX Linh chi Thanh Sơn'.
Location: the district Ba Chẽ (named) for its figures; the comparison list gives Tiên Yên and Đầm Hà their own location.
'1.750 ha ..., chiếm khoảng 65% diện tích ... toàn tỉnh' → percent 65 (present state, no period).
'Giá trị sản xuất ... 9 tháng tăng 18,2% so với cùng kỳ' is a growth rate with no base amount: a percent figure without change.
Prices share the sentence with '9 tháng đầu năm 2024'. '7 sản phẩm' after 'trong đó' is part of the 18 OCOP products of 2023.
'100% diện tích' is a percent figure (no amount to attach to)."""

emit(8, HEADER, TEXT, FIGS, location="Ba Chẽ")
