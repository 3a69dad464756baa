"""p1357-4: provincial newspaper (Báo Quảng Nam, tag (QNO)): bubble-tea boom in Tam Kỳ and Hội An, food-safety control."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Xã hội | Thứ Ba, 17/09/2024 | 07:15

Trà sữa "phủ sóng" phố thị, kiểm soát an toàn thực phẩm còn nhiều khó khăn

Chỉ trong khoảng ba năm, số quán trà sữa tại TP Tam Kỳ tăng gần gấp đôi. Loại đồ uống được giới trẻ ưa chuộng này đang đặt ra không ít thách thức cho công tác bảo đảm an toàn thực phẩm.

(QNO) - Theo Chi cục An toàn vệ sinh thực phẩm tỉnh, toàn tỉnh hiện có khoảng 480 cơ sở kinh doanh trà sữa, nước giải khát pha chế, riêng TP Tam Kỳ có 132 cơ sở, TP Hội An 96 cơ sở. Tuy nhiên, mới có 61 cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm, chiếm chưa đến 13%.

Ông Trần Văn Lộc, Phó Chi cục trưởng cho biết, 8 tháng đầu năm nay, đơn vị phối hợp với các địa phương kiểm tra 215 cơ sở, phát hiện 37 cơ sở vi phạm, xử phạt 58,5 triệu đồng. Các đoàn đã lấy 64 mẫu trà sữa, topping để kiểm nghiệm, trong đó 6 mẫu có chỉ tiêu vi sinh vượt giới hạn cho phép từ 2 đến 5 lần.

Tại TP Hội An, bà Nguyễn Thị Thu Hà, chủ chuỗi Trà sữa Mộc 68 với 4 cửa hàng, cho biết mỗi ngày chuỗi bán khoảng 1.200 ly, giá từ 30.000 - 55.000 đồng/ly. "Chúng tôi nhập nguyên liệu từ 3 nhà cung cấp có hợp đồng, lô hàng nào cũng có phiếu kiểm nghiệm", bà Hà nói.

Năm 2024, Chi cục phấn đấu 30% cơ sở kinh doanh trà sữa được cấp giấy chứng nhận; dự kiến đến cuối năm sẽ tổ chức thêm 5 đợt kiểm tra liên ngành. Mục tiêu đến năm 2025, 100% cơ sở kinh doanh đồ uống pha chế ký cam kết bảo đảm an toàn thực phẩm.

HOÀNG LIÊN

Từ khóa: trà sữa, an toàn thực phẩm, Tam Kỳ, Hội An
"""

M8 = P("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
EOY = P("đến cuối năm", None, "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
TK, HA = "Tam Kỳ", "Hội An"
SHOPS = "cơ sở kinh doanh trà sữa, nước giải khát pha chế"

FIGS = [
    F("gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly", subject="số quán trà sữa", location=TK),
    F("khoảng 480 cơ sở", "480", 480, "count", "cơ sở", approx="about", subject=SHOPS),
    F("có 132 cơ sở", "132", 132, "count", "cơ sở", subject=SHOPS, location=TK),
    F("Hội An 96 cơ sở", "96", 96, "count", "cơ sở", subject=SHOPS, location=HA),
    F("có 61 cơ sở", "61", 61, "count", "cơ sở", percent=13,
      subject="cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    F("kiểm tra 215 cơ sở", "215", 215, "count", "cơ sở", subject="cơ sở được kiểm tra", period=M8),
    F("phát hiện 37 cơ sở", "37", 37, "count", "cơ sở", subject="cơ sở vi phạm", period=M8),
    F("xử phạt 58,5 triệu", "58,5", 58.5e6, "money", "đồng", subject="tiền xử phạt", period=M8),
    F("lấy 64 mẫu", "64", 64, "count", "mẫu", subject="mẫu trà sữa, topping lấy để kiểm nghiệm", period=I(M8)),
    F("đó 6 mẫu", "6", 6, "count", "mẫu", total=64,
      subject="mẫu có chỉ tiêu vi sinh vượt giới hạn cho phép", period=I(M8)),
    F("từ 2 đến 5 lần", "2", 2, "multiple", "lần", value_max=5,
      subject="mức vượt giới hạn cho phép của chỉ tiêu vi sinh", period=I(M8)),
    F("với 4 cửa hàng", "4", 4, "count", "cửa hàng", subject="cửa hàng của chuỗi Trà sữa Mộc 68", location=HA),
    F("khoảng 1.200 ly", "1.200", 1200, "measure", "ly/ngày", approx="about",
      subject="ly trà sữa chuỗi bán mỗi ngày", location=HA),
    F("từ 30.000 - 55.000", "30.000", 30000, "money", "đồng/ly", value_max=55000,
      subject="giá trà sữa của chuỗi", location=HA),
    F("từ 3 nhà", "3", 3, "count", "nhà cung cấp", subject="nhà cung cấp nguyên liệu có hợp đồng", location=HA),
    F("phấn đấu 30%", "30", 30, "percent", "%", status="target",
      subject="cơ sở kinh doanh trà sữa được cấp giấy chứng nhận", period=Y24),
    F("thêm 5 đợt", "5", 5, "count", "đợt", status="forecast", subject="đợt kiểm tra liên ngành tổ chức thêm",
      period=EOY),
    F("2025, 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở kinh doanh đồ uống pha chế ký cam kết bảo đảm an toàn thực phẩm", period=T25),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Nam): section and 'Thứ Ba, 17/09/2024 | 07:15', headline, sapo, tag '(QNO) -', byline, keywords.",
    "Distractors: 07:15, 'khoảng ba năm' (a duration that only locates the doubling in time), the brand 'Trà sữa Mộc 68', 'năm nay'.",
    "Sapo 'số quán trà sữa tại TP Tam Kỳ tăng gần gấp đôi' → multiple 2 (nearly), located in Tam Kỳ; no datable period.",
    "'riêng TP Tam Kỳ có 132 cơ sở, TP Hội An 96 cơ sở': 'riêng' is no part-of cue → no total; the cities are the locations.",
    "'61 cơ sở …, chiếm chưa đến 13%' → percent 13 on the count (the approx belongs to the share, the count is exact).",
    "'8 tháng đầu năm nay' → 2024 (year of the dateline). '6 mẫu … vượt … từ 2 đến 5 lần' → a multiple range of its own.",
    "The shop-chain passage in TP Hội An takes location Hội An; 'mỗi ngày … khoảng 1.200 ly' is a rate (ly/ngày).",
    "'phấn đấu' → target; 'dự kiến đến cuối năm' → forecast, as-of 2024-12-31; 'Mục tiêu đến năm 2025' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1357-4", TEXT, NOTES, FIGS, published="2024-09-17", location="Quảng Nam")
