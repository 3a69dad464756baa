"""p905-5: Báo Hà Tĩnh (Party newspaper), a composite-boat cooperative in Cẩm Nhượng (Cẩm Xuyên); byline and bare date at the end."""
from lib import F, P, I, CH, write

TEXT = """Từ xưởng sửa tàu gỗ đến tàu vỏ composite ở Cẩm Nhượng

Từ một xưởng sửa tàu gỗ nhỏ ven cửa biển, Hợp tác xã Cơ khí và Dịch vụ nghề cá Cẩm Nhượng (huyện Cẩm Xuyên) nay đã đóng được tàu vỏ composite dài tới 18 m, lắp máy 450 CV, phục vụ ngư dân vươn khơi.

Ông Nguyễn Văn Tư, Giám đốc HTX cho biết, từ năm 2021 đến nay, HTX đã đóng mới 23 tàu vỏ composite và sửa chữa hơn 500 lượt tàu cá. Riêng 5 tháng đầu năm 2024, HTX bàn giao 6 tàu cho ngư dân các xã Cẩm Nhượng, Cẩm Lĩnh (Cẩm Xuyên) và Kỳ Xuân (Kỳ Anh); doanh thu đạt 9,8 tỷ đồng, tăng 38% so với cùng kỳ năm trước.

HTX hiện có 42 lao động, thu nhập bình quân 9,5 triệu đồng/người/tháng; thợ bậc cao được trả trên 15 triệu đồng/tháng. Xưởng của HTX rộng 1,2 ha, có 2 đà kéo tàu bằng tời điện.

Theo ông Tư, giá một tàu composite dài 15 m hoàn thiện phần vỏ khoảng 1,6-1,8 tỷ đồng, cao hơn tàu gỗ cùng cỡ khoảng 15%, nhưng chi phí bảo dưỡng hằng năm giảm được 40-50%. Tuổi thọ của vỏ composite gấp 2 lần vỏ gỗ, lại không phải dùng gỗ rừng tự nhiên.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh Hà Tĩnh hiện có 3.950 tàu cá, trong đó tàu vỏ composite và vỏ thép mới chiếm khoảng 3%. Tỉnh đặt mục tiêu đến năm 2025 chuyển đổi 150 tàu vỏ gỗ sang vật liệu mới. Theo Nghị quyết số 86/2023/NQ-HĐND, chủ tàu chuyển đổi được hỗ trợ tối đa 200 triệu đồng/tàu.

Để giữ chân thợ giỏi, HTX đang liên kết với Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh đào tạo thợ hàn, thợ đúc vỏ theo hình thức vừa học vừa làm.

THU HÀ
18/6/2024
"""

SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-06-18")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
FIGS = [
    F("dài tới 18 m", "18", "measure", "m", "chiều dài tàu vỏ composite", approx="at_most", optional=True),
    F("lắp máy 450 CV", "450", "measure", "CV", "công suất máy tàu vỏ composite", optional=True),
    F("đóng mới 23 tàu", "23", "count", "tàu", "tàu vỏ composite HTX đóng mới", period=SINCE),
    F("hơn 500 lượt tàu cá", "500", "count", "lượt tàu cá", "lượt tàu cá HTX sửa chữa", approx="over", period=SINCE),
    F("bàn giao 6 tàu", "6", "count", "tàu", "tàu HTX bàn giao cho ngư dân", period=M5),
    F("đạt 9,8 tỷ đồng", "9,8", "money", "đồng", "doanh thu của HTX", mult=10**9,
      change=CH("increase", 38, "%", "cùng kỳ năm trước"), period=M5),
    F("có 42 lao động", "42", "count", "lao động", "lao động của HTX"),
    F("bình quân 9,5 triệu", "9,5", "money", "đồng/người/tháng", "thu nhập bình quân của lao động HTX", mult=10**6),
    F("trên 15 triệu", "15", "money", "đồng/tháng", "thu nhập của thợ bậc cao", mult=10**6, approx="over"),
    F("rộng 1,2 ha", "1,2", "measure", "ha", "diện tích xưởng của HTX"),
    F("có 2 đà kéo tàu", "2", "count", "đà kéo tàu", "đà kéo tàu bằng tời điện"),
    F("dài 15 m hoàn thiện", "15", "measure", "m", "chiều dài tàu composite", optional=True),
    F("khoảng 1,6-1,8 tỷ", "1,6", "money", "đồng", "giá một tàu composite hoàn thiện phần vỏ", mult=10**9,
      max_number="1,8", approx="about", change=CH("increase", 15, "%", "tàu gỗ cùng cỡ", approx="about")),
    F("giảm được 40-50%", "40", "percent", "%", "chi phí bảo dưỡng hằng năm giảm", max_number="50"),
    F("gấp 2 lần", "2", "multiple", "lần", "tuổi thọ của vỏ composite so với vỏ gỗ"),
    F("có 3.950 tàu cá", "3.950", "count", "tàu cá", "tàu cá toàn tỉnh", location="Hà Tĩnh"),
    F("khoảng 3%", "3", "percent", "%", "tỷ lệ tàu vỏ composite và vỏ thép trong tổng số tàu cá",
      approx="about", location="Hà Tĩnh"),
    F("chuyển đổi 150 tàu", "150", "count", "tàu", "tàu vỏ gỗ chuyển đổi sang vật liệu mới", status="target",
      period=P("đến năm 2025", None, "2025-12-31"), location="Hà Tĩnh"),
    F("tối đa 200 triệu", "200", "money", "đồng/tàu", "mức hỗ trợ chủ tàu chuyển đổi", mult=10**6,
      approx="at_most", location="Hà Tĩnh"),
]

write("p905-5", TEXT, FIGS, published="2024-06-18", location="Cẩm Xuyên", comments=[
    "Báo Hà Tĩnh (Party paper): HTX Cẩm Nhượng (huyện Cẩm Xuyên) builds composite boats; byline THU HÀ and bare date 18/6/2024 at the end.",
    "The HTX's figures are Cẩm Xuyên even after the boats go to fishermen of Kỳ Xuân (Kỳ Anh); the province's fleet and policy are Hà Tĩnh.",
    "'từ năm 2021 đến nay' ends at the date of the article. The example boat's size (18 m, 450 CV, 15 m) is optional.",
    "'cao hơn tàu gỗ cùng cỡ khoảng 15%' is the change of the price range; 'giảm được 40-50%' (no base amount) and 'gấp 2 lần' stand alone.",
])
