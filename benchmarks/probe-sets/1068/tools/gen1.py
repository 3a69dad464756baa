"""p1068-1: Sóc Trăng province portal, bánh pía for Tết Giáp Thìn 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng Thông tin điện tử tỉnh Sóc Trăng
Trang chủ > Tin tức - Sự kiện > Kinh tế
Sản lượng bánh pía phục vụ Tết ước đạt 1.250 tấn
Cập nhật: 29/01/2024 09:45 | Lượt xem: 2.318

Những ngày cận Tết Nguyên đán Giáp Thìn, các cơ sở sản xuất bánh pía, bánh kẹo truyền thống trên địa bàn tỉnh Sóc Trăng tăng ca liên tục để kịp giao hàng.

Theo Sở Công Thương, toàn tỉnh hiện có 86 cơ sở sản xuất bánh pía, trong đó thị xã Vĩnh Châu có 27 cơ sở, huyện Mỹ Xuyên 14 cơ sở. Từ tháng 11/2023 đến hết tháng 1/2024, sản lượng bánh pía toàn tỉnh ước đạt 1.250 tấn, tăng 8,5% so với cùng kỳ; doanh thu ước đạt khoảng 310 tỷ đồng. Các cơ sở giải quyết việc làm cho hơn 2.600 lao động, thu nhập từ 7 đến 9 triệu đồng/người/tháng.

Giá bánh pía hiện ổn định, phổ biến từ 55.000 đến 75.000 đồng/cái tùy loại nhân; hộp bánh pía sầu riêng trứng muối loại 4 cái có giá khoảng 120.000 đồng/hộp.

Ông Lâm Văn Sáu, chủ cơ sở bánh pía Hưng Phát 3 (số 189 Quốc lộ 1A, phường 7, TP Sóc Trăng), cho biết từ đầu tháng 12/2023 đến nay cơ sở đã xuất bán gần 180.000 cái bánh, gấp 1,3 lần cùng kỳ. Mỗi ngày cơ sở làm khoảng 6.000 cái với 35 công nhân.

Để bảo đảm an toàn thực phẩm, từ ngày 15/12/2023 đến nay, Đoàn kiểm tra liên ngành tỉnh đã kiểm tra 124 cơ sở sản xuất, kinh doanh bánh kẹo, phát hiện 17 cơ sở vi phạm, chiếm 13,7%; xử phạt 68,5 triệu đồng, tiêu hủy gần 320 kg bánh, mứt không rõ nguồn gốc.

Theo Kế hoạch số 215/KH-UBND, đến năm 2025 tỉnh phấn đấu có ít nhất 30 sản phẩm bánh pía đạt chuẩn OCOP từ 3 sao trở lên; hiện đã có 22 sản phẩm được công nhận, trong đó 4 sản phẩm đạt 4 sao.
"""

PROD = P("Từ tháng 11/2023 đến hết tháng 1/2024", "2023-11-01", "2024-01-31")
SHOP = P("từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-29")
INSP = P("từ ngày 15/12/2023 đến nay", "2023-12-15", "2024-01-29")
GOAL = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("phục vụ Tết ước đạt 1.250 tấn", "1.250", 1250, "measure", "tấn", "sản lượng bánh pía phục vụ Tết",
      status="estimate"),
    F("hiện có 86 cơ sở", "86", 86, "count", "cơ sở", "cơ sở sản xuất bánh pía"),
    F("Vĩnh Châu có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở sản xuất bánh pía", total=86,
      location="Vĩnh Châu"),
    F("Mỹ Xuyên 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sản xuất bánh pía", total=86,
      location="Mỹ Xuyên"),
    F("toàn tỉnh ước đạt 1.250 tấn", "1.250", 1250, "measure", "tấn", "sản lượng bánh pía toàn tỉnh", PROD,
      status="estimate", change=C("increase", 8.5, "%", "cùng kỳ")),
    F("khoảng 310 tỷ đồng", "310", 310e9, "money", "đồng", "doanh thu bánh pía", PROD,
      approx="about", status="estimate"),
    F("hơn 2.600 lao động", "2.600", 2600, "count", "lao động", "lao động các cơ sở bánh pía giải quyết việc làm",
      approx="over"),
    F("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", "thu nhập lao động", value_max=9e6),
    F("từ 55.000 đến 75.000 đồng/cái", "55.000", 55000, "money", "đồng/cái", "giá bánh pía", value_max=75000),
    F("loại 4 cái", "4", 4, "count", "cái", "bánh trong hộp bánh pía sầu riêng trứng muối", optional=True),
    F("khoảng 120.000 đồng/hộp", "120.000", 120000, "money", "đồng/hộp", "giá hộp bánh pía sầu riêng trứng muối",
      approx="about"),
    F("gần 180.000 cái bánh", "180.000", 180000, "count", "cái", "bánh pía cơ sở đã xuất bán", SHOP,
      approx="nearly", change=C("increase", 1.3, "lần", "cùng kỳ")),
    F("khoảng 6.000 cái", "6.000", 6000, "measure", "cái/ngày", "bánh cơ sở làm mỗi ngày", approx="about"),
    F("với 35 công nhân", "35", 35, "count", "công nhân", "công nhân của cơ sở"),
    F("kiểm tra 124 cơ sở", "124", 124, "count", "cơ sở", "cơ sở sản xuất, kinh doanh bánh kẹo được kiểm tra", INSP),
    F("phát hiện 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở vi phạm", INSP, percent=13.7),
    F("xử phạt 68,5 triệu đồng", "68,5", 68.5e6, "money", "đồng", "tiền xử phạt", INSP),
    F("gần 320 kg", "320", 320, "measure", "kg", "bánh, mứt không rõ nguồn gốc bị tiêu hủy", INSP, approx="nearly"),
    F("ít nhất 30 sản phẩm", "30", 30, "count", "sản phẩm", "sản phẩm bánh pía đạt chuẩn OCOP", GOAL,
      approx="at_least", status="target"),
    F("từ 3 sao", "3", 3, "count", "sao", "hạng sao OCOP", optional=True),
    F("có 22 sản phẩm", "22", 22, "count", "sản phẩm", "sản phẩm bánh pía được công nhận OCOP"),
    F("trong đó 4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm bánh pía đạt OCOP 4 sao", total=22),
    F("đạt 4 sao", "4", 4, "count", "sao", "hạng sao OCOP", optional=True),
]

NOTES = [
    "Cổng TTĐT Sóc Trăng: bánh pía cho Tết Giáp Thìn 2024 (cơ sở, sản lượng, doanh thu, giá, một cơ sở ở TP Sóc Trăng, kiểm tra ATTP, OCOP).",
    "Headline 1.250 tấn restates the body figure (no period in the headline). 'Lượt xem: 2.318', 'Hưng Phát 3', 'số 189 Quốc lộ 1A',",
    "'phường 7', 'Kế hoạch số 215/KH-UBND', 'Lâm Văn Sáu' are not figures. 'loại 4 cái', '3 sao', '4 sao' are specifications (optional).",
    "'gấp 1,3 lần cùng kỳ' after the count is its change (unit lần). Daily output is a rate (measure, cái/ngày).",
]

if __name__ == "__main__":
    write("p1068-1", TEXT, NOTES, FIGS, published="2024-01-29", location="Sóc Trăng")
