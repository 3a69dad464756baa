"""p1531-5: provincial newspaper (Báo Phú Thọ điện tử): bamboo fans in huyện Tam Nông, first half of 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO PHÚ THỌ ĐIỆN TỬ
Kinh tế | Xã hội | Văn hóa | Nông thôn mới

Quạt nan Tam Nông vào mùa

Thứ Ba, 09/07/2024 | 15:20

Những tháng nắng nóng, các cơ sở làm quạt nan ở huyện Tam Nông tất bật sản xuất. 6 tháng đầu năm, toàn huyện tiêu thụ trên 620.000 chiếc quạt, tăng gần 15% so với cùng kỳ.

(PTĐT) - Có mặt tại Hợp tác xã quạt nan Hương Nộn (xã Hương Nộn), chúng tôi thấy các xã viên đang chẻ nan, dán giấy, đóng gói hàng. Giám đốc HTX Đinh Thị Lan cho biết, HTX hiện có 38 thành viên, thu hút thêm khoảng 120 lao động làm tại nhà. 6 tháng đầu năm 2024, HTX sản xuất 215.000 chiếc quạt nan, doanh thu ước đạt 2,9 tỷ đồng, tăng 22% so với cùng kỳ năm 2023. Lợi nhuận đạt khoảng 380 triệu đồng.

Mỗi lao động làm quạt có thu nhập 4-5 triệu đồng/tháng; người làm giỏi vót được 2.000 nan mỗi ngày. Nguyên liệu nứa được các cơ sở thu mua với giá 2.500-3.000 đồng/cây, cao hơn khoảng 500 đồng so với năm trước, phần lớn lấy từ huyện Tân Sơn.

Toàn huyện Tam Nông hiện có 5 cơ sở và 1 HTX sản xuất quạt nan, giải quyết việc làm cho gần 400 lao động. Theo Phòng Kinh tế huyện, 6 tháng cuối năm, các cơ sở phấn đấu tiêu thụ thêm 450.000 chiếc, đưa tổng sản lượng năm 2024 đạt trên 1 triệu chiếc. Huyện dự kiến hỗ trợ HTX Hương Nộn 150 triệu đồng mua máy chẻ nan từ nguồn kinh phí khuyến công.

Thu Hà

Tin cùng chuyên mục:
- Tam Nông: Ra mắt Hợp tác xã nông nghiệp số 2
- Phú Thọ: Hội nghị xúc tiến đầu tư năm 2024
"""

H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = period("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("trên 620.000", "620.000", 620000, "count", "chiếc", approx="over",
      change=change("increase", 15, "%", "cùng kỳ", approx="nearly"),
      subject="quạt toàn huyện tiêu thụ", period=H1),
    F("có 38 thành viên", "38", 38, "count", "thành viên", subject="thành viên HTX"),
    F("khoảng 120 lao động", "120", 120, "count", "lao động", approx="about",
      subject="lao động làm tại nhà HTX thu hút thêm"),
    F("sản xuất 215.000", "215.000", 215000, "count", "chiếc", subject="quạt nan HTX sản xuất", period=H1Y),
    F("ước đạt 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", status="estimate",
      change=change("increase", 22, "%", "cùng kỳ năm 2023"), subject="doanh thu", period=H1Y),
    F("khoảng 380 triệu", "380", 380e6, "money", "đồng", approx="about", subject="lợi nhuận",
      period=inherit(H1Y)),
    F("nhập 4-5 triệu", "4", 4e6, "money", "đồng/tháng", value_max=5e6,
      subject="thu nhập mỗi lao động làm quạt"),
    F("vót được 2.000 nan", "2.000", 2000, "measure", "nan/ngày",
      subject="nan người làm giỏi vót được mỗi ngày"),
    F("giá 2.500-3.000", "2.500", 2500, "money", "đồng/cây", value_max=3000,
      change=change("increase", 500, "đồng", "năm trước", approx="about"),
      subject="giá thu mua nguyên liệu nứa"),
    F("có 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở sản xuất quạt nan"),
    F("và 1 HTX", "1", 1, "count", "HTX", subject="HTX sản xuất quạt nan"),
    F("gần 400 lao động", "400", 400, "count", "lao động", approx="nearly",
      subject="lao động được giải quyết việc làm"),
    F("thêm 450.000", "450.000", 450000, "count", "chiếc", status="target",
      subject="quạt các cơ sở tiêu thụ thêm", period=H2),
    F("trên 1 triệu", "1", 1e6, "count", "chiếc", approx="over", status="target",
      subject="tổng sản lượng", period=Y24),
    F("HTX Hương Nộn 150 triệu", "150", 150e6, "money", "đồng", status="forecast",
      subject="kinh phí hỗ trợ HTX Hương Nộn mua máy chẻ nan"),
]

NOTES = [
    "Provincial newspaper (Báo Phú Thọ điện tử): section menu, 'Thứ Ba, 09/07/2024 | 15:20', sapo, tag '(PTĐT) -', byline at the end, related links.",
    "Distractors: 15:20, 'Hợp tác xã nông nghiệp số 2', 'năm 2024' in a link title.",
    "Every figure is about huyện Tam Nông (the HTX is in xã Hương Nộn of Tam Nông): location Tam Nông. 'lấy từ huyện Tân Sơn' is the source of the material, not the place of the price.",
    "Sapo '6 tháng đầu năm' takes 2024 from the dateline. 'tăng gần 15% so với cùng kỳ' is the change of 620.000 (approx nearly).",
    "'cao hơn khoảng 500 đồng so với năm trước' is the change of the price range 2.500-3.000 đồng/cây.",
    "'vót được 2.000 nan mỗi ngày' is a rate: measure, unit nan/ngày. 'Mỗi lao động ... 4-5 triệu đồng/tháng': unit as written.",
    "'phấn đấu' governs the continuing clause 'đưa tổng sản lượng năm 2024 đạt trên 1 triệu' (target); 'dự kiến hỗ trợ' → forecast.",
]

if __name__ == "__main__":
    write("p1531-5", TEXT, NOTES, FIGS, published="2024-07-09", location="Tam Nông")
