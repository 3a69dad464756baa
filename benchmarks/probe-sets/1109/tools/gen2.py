"""p1109-2: district portal (Quận 1, TP Hồ Chí Minh), antique shops on Lê Công Kiều, 2023."""
from lib import F, build, change, period, inherit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN 1
Trang chủ / Tin tức / Kinh tế - Đô thị
Chấn chỉnh hoạt động kinh doanh đồ cổ trên đường Lê Công Kiều
Ngày đăng: 16/11/2023 - 10:05

Đường Lê Công Kiều (phường Nguyễn Thái Bình, Quận 1) dài khoảng 200 m, từ lâu được biết đến là "phố đồ cổ" của TP Hồ Chí Minh. Hiện tuyến đường có 47 cửa hàng kinh doanh đồ cổ, đồ giả cổ và hàng mỹ nghệ, trong đó chỉ 12 cửa hàng có đăng ký kinh doanh cổ vật theo quy định.

Từ đầu năm đến nay, Tổ công tác liên ngành phường đã kiểm tra 38 lượt cơ sở, phát hiện 9 cơ sở vi phạm, lập biên bản và chuyển UBND Quận 1 ra quyết định xử phạt tổng số tiền 67,5 triệu đồng. Trong số đó, 5 cơ sở không niêm yết giá, 3 cơ sở kinh doanh hàng hóa không rõ nguồn gốc, xuất xứ và 1 cơ sở lấn chiếm vỉa hè để trưng bày hàng.

Đáng chú ý, tại một cửa hàng ở số 52 Lê Công Kiều, Tổ công tác đã tạm giữ 126 hiện vật nghi là cổ vật, gồm 84 món gốm sứ, 31 tượng đồng và 11 đồ gỗ, để trưng cầu giám định. Kết quả giám định của Bảo tàng Lịch sử TP Hồ Chí Minh cho thấy chỉ có 7 hiện vật là cổ vật thật, chiếm 5,6%; số còn lại là đồ giả cổ được làm mới.

Theo các tiểu thương, mỗi tháng tuyến đường đón khoảng 3.000 lượt khách, trong đó hơn 60% là khách nước ngoài. Giá một chiếc bình gốm giả cổ chỉ từ 500.000 đến 2 triệu đồng, nhưng nhiều du khách tưởng là đồ thật và trả giá gấp 5 đến 10 lần.

UBND phường đặt mục tiêu đến năm 2025, 100% cửa hàng trên tuyến niêm yết giá công khai và có hồ sơ chứng minh nguồn gốc hàng hóa. Trong tháng 12, phường sẽ phối hợp Đội Quản lý thị trường số 4 tuyên truyền Nghị định số 98/2020/NĐ-CP cho các hộ kinh doanh.

Thanh Tâm (UBND phường Nguyễn Thái Bình)
"""

YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-11-16")

FIGS = [
    F("dài khoảng 200 m", "200", 200, "measure", "m", "chiều dài đường Lê Công Kiều", approx="about"),
    F("có 47 cửa hàng", "47", 47, "count", "cửa hàng",
      "cửa hàng kinh doanh đồ cổ, đồ giả cổ và hàng mỹ nghệ"),
    F("chỉ 12 cửa hàng", "12", 12, "count", "cửa hàng",
      "cửa hàng có đăng ký kinh doanh cổ vật", total=47),
    F("kiểm tra 38 lượt cơ sở", "38", 38, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", YTD),
    F("phát hiện 9 cơ sở vi phạm", "9", 9, "count", "cơ sở", "cơ sở vi phạm", YTD),
    F("tổng số tiền 67,5 triệu đồng", "67,5", 67500000, "money", "đồng", "tiền xử phạt", YTD),
    F("5 cơ sở không niêm yết giá", "5", 5, "count", "cơ sở",
      "cơ sở không niêm yết giá", inherit(YTD), total=9),
    F("3 cơ sở kinh doanh hàng hóa", "3", 3, "count", "cơ sở",
      "cơ sở kinh doanh hàng hóa không rõ nguồn gốc, xuất xứ", inherit(YTD), total=9),
    F("1 cơ sở lấn chiếm", "1", 1, "count", "cơ sở",
      "cơ sở lấn chiếm vỉa hè để trưng bày hàng", inherit(YTD), total=9),
    F("tạm giữ 126 hiện vật", "126", 126, "count", "hiện vật", "hiện vật nghi là cổ vật bị tạm giữ"),
    F("84 món gốm sứ", "84", 84, "count", "món", "món gốm sứ bị tạm giữ", total=126),
    F("31 tượng đồng", "31", 31, "count", "tượng đồng", "tượng đồng bị tạm giữ", total=126),
    F("11 đồ gỗ", "11", 11, "count", "đồ gỗ", "đồ gỗ bị tạm giữ", total=126),
    F("chỉ có 7 hiện vật", "7", 7, "count", "hiện vật", "hiện vật là cổ vật thật", percent=5.6),
    F("khoảng 3.000 lượt khách", "3.000", 3000, "measure", "lượt khách/tháng",
      "lượt khách đến tuyến đường mỗi tháng", approx="about"),
    F("hơn 60% là khách", "60", 60, "percent", "%", "khách nước ngoài", approx="over"),
    F("từ 500.000 đến 2 triệu đồng", "500.000", 500000, "money", "đồng",
      "giá một chiếc bình gốm giả cổ", value_max=2000000),
    F("gấp 5 đến 10 lần", "5", 5, "multiple", "lần",
      "giá du khách trả so với giá đồ giả cổ", value_max=10),
    F("2025, 100% cửa hàng", "100", 100, "percent", "%",
      "cửa hàng niêm yết giá công khai và có hồ sơ chứng minh nguồn gốc hàng hóa",
      period("đến năm 2025", end="2025-12-31"), status="target"),
]

NOTES = [
    "Cổng TTĐT Quận 1: phường Nguyễn Thái Bình kiểm tra cửa hàng đồ cổ trên đường Lê Công Kiều (2023).",
    "Location is the district (Quận 1); the ward lies in it; TP Hồ Chí Minh only names the city and the museum.",
    "'Trong số đó' follows the fine (67,5 triệu) but counts cơ sở: its whole is the 9 cơ sở vi phạm.",
    "'chỉ có 7 hiện vật là cổ vật thật, chiếm 5,6%': no part-of cue, so percent 5.6 and no total.",
    "'mỗi tháng ... khoảng 3.000 lượt khách' is a rate: measure, unit lượt khách/tháng.",
    "Distractors: Quận 1, số 52 Lê Công Kiều, Đội Quản lý thị trường số 4, Nghị định số 98/2020/NĐ-CP, 10:05, tháng 12.",
]

build("p1109-2", TEXT, FIGS, NOTES, published="2023-11-16", location="Quận 1")
