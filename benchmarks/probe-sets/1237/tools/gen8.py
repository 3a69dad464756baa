"""p1237-8: provincial newspaper online (Báo Hà Giang, '(BHG) -'): giấy bản (giấy dó) of the Dao in Hoàng Su Phì."""
from lib import F, P, I, C, T, write

TEXT = """Hoàng Su Phì: Hơn 85.000 tờ giấy bản được sản xuất trong quý I

Cập nhật lúc 16:40, Thứ Ba, 09/04/2024

(BHG) - Quý I năm 2024, các hộ làm giấy bản ở huyện Hoàng Su Phì sản xuất được hơn 85.000 tờ giấy, bằng 27% kế hoạch năm, tăng 6.500 tờ so với cùng kỳ năm trước.

Toàn huyện hiện có 74 hộ người Dao với khoảng 190 lao động làm giấy bản (giấy dó), tập trung tại các xã Hồ Thầu, Nậm Khòa và Tụ Nhân. Giấy được làm từ vỏ cây dó và cây vầu, dùng để chép sách cúng, làm lễ cấp sắc và bán cho du khách. Giá bán từ 2.000 đến 3.500 đồng/tờ; mỗi hộ có thêm khoảng 25-30 triệu đồng/năm từ nghề.

Tại thôn Hồ Sán, xã Hồ Thầu, cách thành phố Hà Giang khoảng 120 km theo Quốc lộ 2 và tỉnh lộ 177, ông Triệu Tiến Vinh, nghệ nhân 67 tuổi, nhiều năm nay mở lớp dạy nghề miễn phí cho thanh niên trong thôn. Từ năm 2021 đến nay, ông đã truyền nghề cho 47 người, trong đó 29 người đã tự làm được giấy. "Làm một mẻ giấy mất ba, bốn ngày, nhưng giữ được nghề là giữ được chữ của ông cha", ông Vinh nói.

Năm 2024, huyện phấn đấu sản xuất 320.000 tờ giấy bản, xây dựng 1 sản phẩm giấy bản đạt chuẩn OCOP và hỗ trợ 50 triệu đồng cho mỗi cơ sở đầu tư máy nghiền vỏ dó. Toàn tỉnh Hà Giang hiện có 6 làng nghề truyền thống được công nhận, trong đó chưa có làng nghề giấy bản.

Tùng Lâm
"""

Q1 = P("Quý I năm 2024", "2024-01-01", "2024-03-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-04-09")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 85.000 tờ", "85.000", 85000, "count", "tờ", approx="over",
      subject="giấy bản được sản xuất", period=P("trong quý I", "2024-01-01", "2024-03-31")),
    F("hơn 85.000 tờ giấy", "85.000", 85000, "count", "tờ", approx="over", percent=27,
      change=C("increase", 6500, "tờ", "cùng kỳ năm trước"),
      subject="giấy bản các hộ sản xuất được", period=Q1),
    F("có 74 hộ", "74", 74, "count", "hộ", subject="hộ người Dao làm giấy bản"),
    F("khoảng 190 lao động", "190", 190, "count", "lao động", approx="about",
      subject="lao động làm giấy bản"),
    F("từ 2.000 đến 3.500", "2.000", 2000, "money", "đồng/tờ", value_max=3500,
      subject="giá bán giấy bản"),
    F("khoảng 25-30 triệu", "25", 25000000, "money", "đồng/năm", value_max=30000000, approx="about",
      subject="thu nhập thêm của mỗi hộ từ nghề giấy bản"),
    F("khoảng 120 km", "120", 120, "measure", "km", approx="about",
      subject="khoảng cách từ thôn Hồ Sán đến thành phố Hà Giang"),
    F("nghệ nhân 67 tuổi", "67", 67, "measure", "tuổi", optional=True, subject="tuổi nghệ nhân Triệu Tiến Vinh"),
    F("cho 47 người", "47", 47, "count", "người", subject="người được ông Triệu Tiến Vinh truyền nghề", period=SINCE),
    F("đó 29 người", "29", 29, "count", "người", total=47,
      subject="người đã tự làm được giấy", period=SINCE),
    F("mất ba, bốn ngày", "ba", 3, "measure", "ngày", value_max=4, optional=True,
      subject="thời gian làm một mẻ giấy"),
    F("xuất 320.000 tờ", "320.000", 320000, "count", "tờ", status="target",
      subject="giấy bản sản xuất", period=Y24),
    F("dựng 1 sản phẩm", "1", 1, "count", "sản phẩm", status="target",
      subject="sản phẩm giấy bản đạt chuẩn OCOP", period=Y24),
    F("hỗ trợ 50 triệu", "50", 50000000, "money", "đồng/cơ sở", status="target",
      subject="hỗ trợ mỗi cơ sở đầu tư máy nghiền vỏ dó", period=Y24),
    F("có 6 làng nghề", "6", 6, "count", "làng nghề", location="Hà Giang",
      subject="làng nghề truyền thống được công nhận"),
]

NOTES = [
    "Provincial newspaper online (Báo Hà Giang): headline figure, 'Cập nhật lúc 16:40, Thứ Ba, 09/04/2024', tag '(BHG) -', byline at the end.",
    "Location: Hoàng Su Phì (district) for everything except 'Toàn tỉnh Hà Giang ... 6 làng nghề' (Hà Giang).",
    "'bằng 27% kế hoạch năm' -> percent 27 (no target value given); 'tăng 6.500 tờ so với cùng kỳ năm trước' -> change in tờ.",
    "'Từ năm 2021 đến nay' ends at the published date. 29 người follows 'trong đó' after 47 người: total 47.",
    "'mỗi hộ có thêm khoảng 25-30 triệu đồng/năm' is a per-household rate (unit đồng/năm). 'ba, bốn ngày' (optional) is a number-word range.",
    "'chưa có làng nghề giấy bản' is zero stated in words: not a figure. Distractors: 16:40, Quốc lộ 2, tỉnh lộ 177, 'thôn Hồ Sán',",
    "'một mẻ giấy' (generic), 'chuẩn OCOP'. The 3 communes are not counted (no number).",
]

if __name__ == "__main__":
    write("p1237-8", TEXT, NOTES, FIGS, published="2024-04-09", location="Hoàng Su Phì")
