"""p1149-5: Party newspaper (Báo Điện Biên Phủ): a family salmon farm in Tủa Chùa; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Cá hồi "bám" suối Sín Chải

Từ 4 bể nuôi thử nghiệm năm 2019, đến nay mô hình nuôi cá hồi của gia đình anh Giàng A Dế ở bản Sín Chải, xã Sín Chải (huyện Tủa Chùa) đã có 16 bể với tổng thể tích 960 m3.

Anh Dế cho biết, nước được dẫn bằng đường ống dài gần 2 km từ khe suối ở độ cao khoảng 1.500 m, nhiệt độ quanh năm 14-19 độ C. Mỗi năm gia đình thả 8.000 con cá hồi giống; sau 14-16 tháng, cá đạt 1,8-2 kg/con thì xuất bán. Năm 2023, gia đình anh bán 11 tấn cá hồi, giá bình quân 230.000 đồng/kg, thu hơn 2,5 tỷ đồng; trừ chi phí còn lãi khoảng 700 triệu đồng. Mô hình tạo việc làm cho 6 lao động trong bản với thu nhập từ 5 đến 6 triệu đồng/người/tháng. Từ khi nuôi đến nay, gia đình mới gặp một lần cá chết hàng loạt do nước đục sau lũ.

Toàn huyện Tủa Chùa hiện có 9 hộ, hợp tác xã nuôi cá nước lạnh; sản lượng năm 2023 đạt 42 tấn, gấp 1,5 lần năm 2022.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh Điện Biên có 27 cơ sở nuôi cá nước lạnh với tổng thể tích bể 12.400 m3, tập trung ở các huyện Tủa Chùa, Điện Biên Đông, Mường Chà. Tỉnh phấn đấu đến năm 2025 sản lượng cá nước lạnh đạt 250 tấn/năm, trong đó cá hồi chiếm 60%.

Thời gian qua, nhiều hộ ở các xã vùng cao đã đến tham quan, học tập mô hình của anh Dế. Anh sẵn sàng hướng dẫn kỹ thuật, chia sẻ kinh nghiệm chọn giống, xử lý nước cho bà con trong và ngoài huyện.

LÒ THANH HƯƠNG
18/03/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FAM = "gia đình anh Giàng A Dế"
TC = "Tủa Chùa"
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Từ 4 bể", "4", 4, "count", "bể", subject=f"bể nuôi thử nghiệm của {FAM}",
      period=P("năm 2019", "2019-01-01", "2019-12-31"), location=TC),
    F("có 16 bể", "16", 16, "count", "bể", subject=f"bể nuôi cá hồi của {FAM}", location=TC),
    F("tổng thể tích 960 m3", "960", 960, "measure", "m3", subject=f"tổng thể tích bể nuôi của {FAM}",
      location=TC),
    F("dài gần 2 km", "2", 2, "measure", "km", approx="nearly", subject="chiều dài đường ống dẫn nước",
      location=TC),
    F("khoảng 1.500 m", "1.500", 1500, "measure", "m", approx="about", subject="độ cao khe suối", location=TC),
    F("14-19 độ C", "14", 14, "measure", "độ C", value_max=19, subject="nhiệt độ nước quanh năm", location=TC),
    F("thả 8.000 con", "8.000", 8000, "count", "con cá hồi giống", subject="cá hồi giống gia đình thả mỗi năm",
      location=TC),
    F("sau 14-16 tháng", "14", 14, "measure", "tháng", value_max=16, subject="thời gian nuôi", location=TC,
      optional=True),
    F("1,8-2 kg/con", "1,8", 1.8, "measure", "kg/con", value_max=2, subject="trọng lượng cá hồi xuất bán",
      location=TC),
    F("bán 11 tấn", "11", 11, "measure", "tấn", subject="cá hồi gia đình anh bán", period=Y23, location=TC),
    F("230.000 đồng/kg", "230.000", 230000, "money", "đồng/kg", subject="giá bán bình quân cá hồi", period=Y23,
      location=TC),
    F("hơn 2,5 tỷ", "2,5", 2500000000, "money", "đồng", approx="over", subject="tiền thu từ bán cá hồi",
      period=Y23, location=TC),
    F("khoảng 700 triệu", "700", 700000000, "money", "đồng", approx="about", subject="lãi sau khi trừ chi phí",
      period=Y23, location=TC),
    F("cho 6 lao động", "6", 6, "count", "lao động", subject="lao động mô hình tạo việc làm", location=TC),
    F("từ 5 đến 6 triệu", "5", 5000000, "money", "đồng/người/tháng", value_max=6000000,
      subject="thu nhập lao động", location=TC),
    F("một lần", "một", 1, "count", "lần", subject="lần cá chết hàng loạt", location=TC),
    F("có 9 hộ", "9", 9, "count", "hộ, hợp tác xã", subject="hộ, hợp tác xã nuôi cá nước lạnh", location=TC),
    F("đạt 42 tấn", "42", 42, "measure", "tấn", change=C("increase", 1.5, "lần", "năm 2022"),
      subject="sản lượng cá nước lạnh", period=P("năm 2023", "2023-01-01", "2023-12-31"), location=TC),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở nuôi cá nước lạnh"),
    F("bể 12.400 m3", "12.400", 12400, "measure", "m3", subject="tổng thể tích bể"),
    F("đạt 250 tấn/năm", "250", 250, "measure", "tấn/năm", status="target", subject="sản lượng cá nước lạnh",
      period=T25),
    F("chiếm 60%", "60", 60, "percent", "%", status="target", subject="tỷ trọng cá hồi trong sản lượng",
      period=T25),
]

NOTES = [
    "Party newspaper (Báo Điện Biên Phủ): a family salmon farm in xã Sín Chải, huyện Tủa Chùa. Byline 'LÒ THANH HƯƠNG' and bare date at the end.",
    "The family farm and the district sentence take location Tủa Chùa; the province paragraph takes Điện Biên (default).",
    "'Từ 4 bể ... năm 2019' is a figure of 2019; 'đến nay ... 16 bể' gets no period. 'một lần' is a number word (1).",
    "'gấp 1,5 lần năm 2022' after 42 tấn is its change (unit lần). 'sau 14-16 tháng' locates the weight in time (optional).",
    "'trong đó cá hồi chiếm 60%' is a target share (percent figure, no total).",
]

if __name__ == "__main__":
    write("p1149-5", TEXT, NOTES, FIGS, published="2024-03-18", location="Điện Biên")
