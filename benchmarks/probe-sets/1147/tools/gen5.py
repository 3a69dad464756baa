"""p1147-5: Party newspaper (Báo Quảng Ngãi): converting petrol motorbikes to electric, a workshop and the province (Mar 2025)."""
from lib import F, P, I, C, T, write

TEXT = """Chuyển đổi xe máy xăng sang xe điện: Hướng đi mới của thợ sửa xe

Nhiều thợ sửa xe ở Quảng Ngãi đã chuyển sang dịch vụ cải tạo xe máy xăng đời cũ thành xe chạy điện, vừa tăng thu nhập vừa góp phần giảm khí thải.

Ở phường Nghĩa Lộ (TP Quảng Ngãi), xưởng sửa xe của anh Nguyễn Văn Thành (42 tuổi) chuyển hẳn sang dịch vụ này từ tháng 5/2022. Từ năm 2022 đến nay, xưởng đã chuyển đổi hơn 640 chiếc, chủ yếu là xe số đời cũ. Mỗi tháng xưởng nhận khoảng 30 xe, doanh thu bình quân gần 150 triệu đồng; xưởng tạo việc làm cho 5 lao động với mức lương từ 8 đến 10 triệu đồng/người/tháng.

Theo anh Thành, chi phí chuyển đổi một chiếc xe từ 12 đến 18 triệu đồng, gồm động cơ điện công suất 1.500 W, bộ điều khiển và pin lithium. Xe sau chuyển đổi đi được khoảng 70 km mỗi lần sạc, chi phí điện chỉ bằng khoảng 20% tiền xăng.

Theo Sở Giao thông vận tải, năm 2024 toàn tỉnh có 12 cơ sở được cấp phép cải tạo, chuyển đổi xe máy xăng sang xe điện, thực hiện 1.860 xe, gấp 2,3 lần năm 2023. Tuy nhiên, mới có 412 xe (chiếm 22,2%) được kiểm định an toàn kỹ thuật sau cải tạo. Sở khuyến cáo người dân chỉ chuyển đổi tại cơ sở có giấy phép để bảo đảm an toàn cháy nổ.

Tỉnh dự kiến hỗ trợ 3 triệu đồng/xe cho hộ nghèo, hộ cận nghèo chuyển đổi xe máy xăng sang xe điện; năm 2025 hỗ trợ khoảng 2.000 hộ, với tổng kinh phí khoảng 6 tỷ đồng từ ngân sách tỉnh.

THANH HÀ

24/03/2025
"""

SINCE = P("Từ năm 2022 đến nay", "2022-01-01", "2025-03-24")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("(42 tuổi)", "42", 42, "measure", "tuổi", optional=True, subject="tuổi anh Nguyễn Văn Thành"),
    F("hơn 640 chiếc", "640", 640, "count", "chiếc", approx="over",
      subject="xe máy xăng xưởng đã chuyển đổi sang chạy điện", period=SINCE),
    F("khoảng 30 xe", "30", 30, "count", "xe", approx="about",
      subject="xe xưởng nhận chuyển đổi mỗi tháng"),
    F("gần 150 triệu", "150", 150000000, "money", "đồng", approx="nearly",
      subject="doanh thu bình quân mỗi tháng của xưởng"),
    F("cho 5 lao động", "5", 5, "count", "lao động", subject="lao động của xưởng"),
    F("từ 8 đến 10 triệu", "8", 8000000, "money", "đồng/người/tháng", value_max=10000000,
      subject="mức lương lao động của xưởng"),
    F("từ 12 đến 18 triệu", "12", 12000000, "money", "đồng", value_max=18000000,
      subject="chi phí chuyển đổi một chiếc xe"),
    F("1.500 W", "1.500", 1500, "measure", "W", optional=True, subject="công suất động cơ điện"),
    F("khoảng 70 km", "70", 70, "measure", "km", approx="about",
      subject="quãng đường xe sau chuyển đổi đi được mỗi lần sạc"),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about",
      subject="chi phí điện so với tiền xăng"),
    F("có 12 cơ sở", "12", 12, "count", "cơ sở",
      subject="cơ sở được cấp phép cải tạo, chuyển đổi xe máy xăng sang xe điện", period=Y24),
    F("thực hiện 1.860 xe", "1.860", 1860, "count", "xe",
      change=C("increase", 2.3, "lần", "năm 2023"),
      subject="xe máy xăng được cải tạo, chuyển đổi sang xe điện", period=Y24),
    F("có 412 xe", "412", 412, "count", "xe", percent=22.2,
      subject="xe được kiểm định an toàn kỹ thuật sau cải tạo", period=I(Y24)),
    F("hỗ trợ 3 triệu", "3", 3000000, "money", "đồng/xe", status="forecast",
      subject="mức hỗ trợ hộ nghèo, hộ cận nghèo chuyển đổi xe máy xăng sang xe điện"),
    F("khoảng 2.000 hộ", "2.000", 2000, "count", "hộ", approx="about", status="forecast",
      subject="hộ được hỗ trợ chuyển đổi xe máy xăng sang xe điện", period=Y25),
    F("khoảng 6 tỷ", "6", 6000000000, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí hỗ trợ chuyển đổi từ ngân sách tỉnh", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Quảng Ngãi): headline, sapo, byline 'THANH HÀ' and bare date '24/03/2025' at the end (published).",
    "The workshop is in phường Nghĩa Lộ, TP Quảng Ngãi: city and province share the name, so every figure is Quảng Ngãi.",
    "Distractors: 'tháng 5/2022' (a start date), '(42 tuổi)' (optional, a person's age), 'từ năm 2022' inside the period phrase.",
    "'Mỗi tháng xưởng nhận khoảng 30 xe' is a monthly flow written as count (as 1116); revenue without '/tháng' stays 'đồng'.",
    "'1.500 W' is the motor's rated power, a specification: optional. 'khoảng 70 km mỗi lần sạc' is the range: measure km.",
    "'gấp 2,3 lần năm 2023' after 1.860 xe is its change (unit lần). '412 xe (chiếm 22,2%)' has the share as percent; no part cue, so no total.",
    "'Tỉnh dự kiến hỗ trợ ...; năm 2025 hỗ trợ ...' → the cue governs the clause after ';' too: all three forecast.",
    "The workshop portrait gets no period except the explicit 'Từ năm 2022 đến nay' (ends at the bare date).",
]

if __name__ == "__main__":
    write("p1147-5", TEXT, NOTES, FIGS, published="2025-03-24", location="Quảng Ngãi")
