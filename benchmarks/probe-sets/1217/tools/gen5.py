"""p1217-5: Party newspaper (Báo Hà Nam), làng trống Đọi Tam (Đọi Sơn, Duy Tiên) before Trung thu 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HÀ NAM - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN, NHÂN DÂN TỈNH HÀ NAM
Kinh tế | Làng nghề

Làng trống Đọi Tam rộn ràng mùa Trung thu

Những ngày cận Tết Trung thu, làng trống Đọi Tam (xã Đọi Sơn, thị xã Duy Tiên) rộn ràng tiếng đục, tiếng thử trống. Làng hiện có 85 hộ làm trống, trong đó 12 hộ có xưởng quy mô trên 10 lao động. Mỗi năm, làng cung ứng ra thị trường khoảng 20.000 chiếc trống các loại, riêng trống cơm, trống con cho thiếu nhi dịp Trung thu chiếm khoảng 60%.

Gia đình anh Nguyễn Văn Hưng là một trong những hộ làm trống lớn nhất làng. Năm nay, xưởng của anh nhận đơn gần 3.000 chiếc trống Trung thu, giá từ 80.000 đến 250.000 đồng/chiếc; trống sơn vẽ, bịt da trâu cỡ lớn có giá 1,5-2 triệu đồng/chiếc. Xưởng sử dụng 15 lao động thường xuyên, trả lương 7-9 triệu đồng/người/tháng; doanh thu năm 2023 đạt khoảng 1,8 tỷ đồng, lãi hơn 400 triệu đồng.

Theo UBND thị xã Duy Tiên, năm 2023 giá trị sản xuất của làng nghề trống Đọi Tam đạt 32 tỷ đồng, tăng 9% so với năm 2022; thu nhập bình quân của người dân trong làng đạt 62 triệu đồng/người/năm. Toàn tỉnh Hà Nam hiện có 21 làng nghề truyền thống được công nhận; sản phẩm trống Đọi Tam đạt chứng nhận OCOP 4 sao từ năm 2021.

Thị xã đặt mục tiêu đến năm 2025 đưa giá trị sản xuất của làng nghề lên 40 tỷ đồng và đón khoảng 10.000 lượt khách tham quan.

Anh Hưng chia sẻ: "Trống Trung thu làm bằng tay, mỗi ngày một thợ chỉ hoàn thiện được 10-12 chiếc, nhưng giữ được tiếng trống làng là niềm vui lớn nhất".

HÀ PHƯƠNG
12/09/2024
"""

NOW = P("Năm nay", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
DT = "Duy Tiên"

FIGS = [
    F("có 85 hộ", "85", 85, "count", "hộ", subject="hộ làm trống", location=DT),
    F("12 hộ", "12", 12, "count", "hộ", total=85, subject="hộ có xưởng quy mô trên 10 lao động", location=DT),
    F("trên 10 lao động", "10", 10, "count", "lao động", approx="over", optional=True,
      subject="quy mô xưởng", location=DT),
    F("khoảng 20.000 chiếc", "20.000", 20000, "count", "chiếc", approx="about",
      subject="trống các loại làng cung ứng ra thị trường mỗi năm", location=DT),
    F("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="tỷ trọng trống cơm, trống con cho thiếu nhi dịp Trung thu", location=DT),
    F("gần 3.000 chiếc", "3.000", 3000, "count", "chiếc", approx="nearly",
      subject="đơn hàng trống Trung thu xưởng nhận", period=NOW, location=DT),
    F("từ 80.000 đến 250.000", "80.000", 80000, "money", "đồng/chiếc", value_max=250000,
      subject="giá trống Trung thu", period=NOW, location=DT),
    F("1,5-2 triệu", "1,5", 1500000, "money", "đồng/chiếc", value_max=2000000,
      subject="giá trống sơn vẽ, bịt da trâu cỡ lớn", period=NOW, location=DT),
    F("15 lao động", "15", 15, "count", "lao động", subject="lao động thường xuyên của xưởng", location=DT),
    F("7-9 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=9000000,
      subject="lương lao động của xưởng", location=DT),
    F("khoảng 1,8 tỷ", "1,8", 1800000000, "money", "đồng", approx="about",
      subject="doanh thu của xưởng", period=Y23, location=DT),
    F("lãi hơn 400 triệu", "400", 400000000, "money", "đồng", approx="over",
      subject="lãi của xưởng", period=Y23, location=DT),
    F("đạt 32 tỷ", "32", 32000000000, "money", "đồng", change=C("increase", 9, "%", "năm 2022"),
      subject="giá trị sản xuất của làng nghề trống Đọi Tam", period=Y23, location=DT),
    F("62 triệu", "62", 62000000, "money", "đồng/người/năm",
      subject="thu nhập bình quân của người dân trong làng", period=Y23, location=DT),
    F("có 21 làng nghề", "21", 21, "count", "làng nghề", subject="làng nghề truyền thống được công nhận"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", optional=True, subject="hạng sao OCOP trống Đọi Tam", location=DT),
    F("lên 40 tỷ", "40", 40000000000, "money", "đồng", status="target",
      subject="giá trị sản xuất của làng nghề", period=T25, location=DT),
    F("khoảng 10.000 lượt", "10.000", 10000, "count", "lượt khách", approx="about", status="target",
      subject="lượt khách tham quan làng nghề", period=T25, location=DT),
    F("10-12 chiếc", "10", 10, "measure", "chiếc/ngày", value_max=12,
      subject="trống Trung thu một thợ hoàn thiện mỗi ngày", location=DT),
]

NOTES = [
    "Party newspaper (Báo Hà Nam): masthead, section menu, byline 'HÀ PHƯƠNG' and bare date '12/09/2024' at the end (published).",
    "Village figures (Đọi Tam, xã Đọi Sơn, thị xã Duy Tiên; the workshop of anh Hưng in the village) get the district-level town Duy Tiên;",
    "'Toàn tỉnh Hà Nam … 21 làng nghề' gets Hà Nam (the default). 'Năm nay' takes 2024 from the dateline at the end.",
    "'quy mô trên 10 lao động' is a category threshold (optional); 'OCOP 4 sao' a rating (optional). 'mỗi ngày một thợ … 10-12 chiếc' is a rate",
    "(measure, unit chiếc/ngày; 'một thợ' is its denominator, not a figure). 'là một trong những hộ' is not a figure.",
    "Distractors: 'từ năm 2021' (a year), 'Đọi Tam' name, byline date. Price and wage sentences after 'Năm nay' in the same sentence take its period.",
]

if __name__ == "__main__":
    write("p1217-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Hà Nam")
