"""p1056-4: ministry site (Cục An toàn thực phẩm, Bộ Y tế), national food poisoning 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ » Tin tức - Sự kiện » Ngộ độc thực phẩm

9 tháng năm 2024: Cả nước ghi nhận 104 vụ ngộ độc thực phẩm

Ngày đăng: 15/10/2024 10:20

Theo số liệu giám sát của Cục An toàn thực phẩm, 9 tháng đầu năm 2024, toàn quốc ghi nhận 104 vụ ngộ độc thực phẩm, tăng 23 vụ so với cùng kỳ năm 2023, làm 3.852 người mắc, tăng 61,4%, và 21 người tử vong. Trong đó, 27 vụ liên quan đến thức ăn đường phố và dịch vụ ăn uống, 31 vụ xảy ra tại bếp ăn tập thể. Đáng chú ý, số người tử vong gấp gần 1,6 lần cùng kỳ.

Nguyên nhân được xác định chủ yếu do vi sinh vật (chiếm 46,2%), độc tố tự nhiên (28,8%) và hóa chất (7,7%). Các địa phương ghi nhận nhiều vụ nhất lần lượt là Đồng Nai (7 vụ), Khánh Hòa (6 vụ) và Quảng Nam (5 vụ). Vụ ngộ độc bánh cuốn tại một điểm bán hàng rong ở huyện Trảng Bom hồi tháng 6 có tới 214 người mắc.

Trong Tháng hành động vì an toàn thực phẩm, cả nước đã kiểm tra hơn 128.000 cơ sở, phát hiện 17.540 cơ sở vi phạm, chiếm 13,7%; phạt tiền 3.914 cơ sở với tổng số tiền 21,6 tỷ đồng. Các đoàn kiểm tra liên ngành tuyến trung ương đã làm việc tại 8 tỉnh, thành phố.

Chiến lược quốc gia bảo đảm an toàn thực phẩm đến năm 2030 đặt mục tiêu số người bị ngộ độc cấp tính được ghi nhận dưới 5 người/100.000 dân/năm. Trong quý IV/2024, Bộ Y tế dự kiến cử 5 đoàn công tác kiểm tra việc xử phạt theo Nghị định số 115/2018/NĐ-CP tại các địa phương.

Cục An toàn thực phẩm - Số 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.3846.4489
"""

N = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NI = I(N)

FIGS = [
    F("Cả nước ghi nhận 104 vụ", "104", 104, "count", "vụ", "vụ ngộ độc thực phẩm",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("toàn quốc ghi nhận 104 vụ", "104", 104, "count", "vụ", "vụ ngộ độc thực phẩm",
      change=C("increase", 23, "vụ", "cùng kỳ năm 2023"), period=N),
    F("làm 3.852 người mắc", "3.852", 3852, "count", "người", "người mắc ngộ độc thực phẩm",
      change=C("increase", 61.4, "%"), period=N),
    F("và 21 người tử vong", "21", 21, "count", "người", "người tử vong do ngộ độc thực phẩm", period=N),
    F("27 vụ liên quan", "27", 27, "count", "vụ", "vụ ngộ độc liên quan đến thức ăn đường phố và dịch vụ ăn uống",
      total=104, period=NI),
    F("31 vụ xảy ra", "31", 31, "count", "vụ", "vụ ngộ độc xảy ra tại bếp ăn tập thể", total=104, period=NI),
    F("gấp gần 1,6 lần", "1,6", 1.6, "multiple", "lần", "số người tử vong so với cùng kỳ", approx="nearly",
      period=NI),
    F("(chiếm 46,2%)", "46,2", 46.2, "percent", "%", "tỷ lệ vụ ngộ độc do vi sinh vật", period=NI),
    F("(28,8%)", "28,8", 28.8, "percent", "%", "tỷ lệ vụ ngộ độc do độc tố tự nhiên", period=NI),
    F("(7,7%)", "7,7", 7.7, "percent", "%", "tỷ lệ vụ ngộ độc do hóa chất", period=NI),
    F("Đồng Nai (7 vụ)", "7", 7, "count", "vụ", "vụ ngộ độc thực phẩm", location="Đồng Nai", period=NI),
    F("Khánh Hòa (6 vụ)", "6", 6, "count", "vụ", "vụ ngộ độc thực phẩm", location="Khánh Hòa", period=NI),
    F("Quảng Nam (5 vụ)", "5", 5, "count", "vụ", "vụ ngộ độc thực phẩm", location="Quảng Nam", period=NI),
    F("tới 214 người mắc", "214", 214, "count", "người", "người mắc trong vụ ngộ độc bánh cuốn",
      location="Trảng Bom", period=P("hồi tháng 6", "2024-06-01", "2024-06-30")),
    F("hơn 128.000 cơ sở", "128.000", 128000, "count", "cơ sở", "cơ sở được kiểm tra", approx="over"),
    F("phát hiện 17.540 cơ sở", "17.540", 17540, "count", "cơ sở", "cơ sở vi phạm", percent=13.7),
    F("phạt tiền 3.914 cơ sở", "3.914", 3914, "count", "cơ sở", "cơ sở bị phạt tiền"),
    F("số tiền 21,6 tỷ đồng", "21,6", 21600000000, "money", "đồng", "tổng số tiền phạt"),
    F("tại 8 tỉnh, thành phố", "8", 8, "count", "tỉnh, thành phố",
      "tỉnh, thành phố các đoàn kiểm tra liên ngành tuyến trung ương làm việc"),
    F("dưới 5 người/100.000 dân/năm", "5", 5, "measure", "người/100.000 dân/năm",
      "số người bị ngộ độc cấp tính được ghi nhận", approx="under", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("cử 5 đoàn công tác", "5", 5, "count", "đoàn công tác", "đoàn công tác kiểm tra việc xử phạt",
      status="forecast", period=P("Trong quý IV/2024", "2024-10-01", "2024-12-31")),
]

NOTES = [
    "Ministry site (Cục An toàn thực phẩm): national food poisoning and inspections, 9 months of 2024. Location Việt Nam.",
    "Headline 104 and body 104 are two mentions, both figures. 'tăng 23 vụ', 'tăng 61,4%' are changes of the figure before each.",
    "'Trong đó, 27 vụ ..., 31 vụ' follows '21 người tử vong'; the whole counting the same thing (vụ) is 104 -> total 104.",
    "'số người tử vong gấp gần 1,6 lần cùng kỳ' stands alone as the claim -> multiple, approx nearly.",
    "Cause shares (46,2 / 28,8 / 7,7 %) are percent figures; the 'lần lượt' list of provinces gives location per item.",
    "'hồi tháng 6' takes 2024 from the earlier period; 214 người is in huyện Trảng Bom (Đồng Nai) -> location Trảng Bom.",
    "Action-month figures: the month's dates are not given, so no period. '5 người/100.000 dân/năm': the denominator is unit.",
    "Distractors: Nghị định số 115/2018/NĐ-CP, Số 138A Giảng Võ, 024.3846.4489, 10:20, 'Chiến lược ... đến năm 2030'.",
]

write(4, TEXT, FIGS, NOTES, published="2024-10-15", location="Việt Nam")
