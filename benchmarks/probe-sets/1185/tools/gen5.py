"""p1185-5: Party newspaper (Báo Phú Thọ): a layer farm in xã Đông Thành, huyện Thanh Ba; district vaccination."""
from lib import F, P, I, C, T, write

TEXT = """Hiệu quả từ tiêm phòng chủ động cho đàn gà

Xã Đông Thành (huyện Thanh Ba) hiện có 46 trang trại, gia trại nuôi gà với tổng đàn trên 180 nghìn con. Những năm gần đây, nhờ chủ động tiêm phòng đầy đủ vắc xin cúm gia cầm, Newcastle, Gumboro, đàn gà trong xã phát triển ổn định, không để xảy ra dịch bệnh.

Trang trại của anh Hà Văn Dũng ở khu 5 là một ví dụ. Với 12.000 con gà đẻ trứng, mỗi ngày trang trại thu khoảng 9.500 quả trứng, bán với giá từ 2.200 đến 2.500 đồng/quả. Anh Dũng cho biết, mỗi năm trang trại tiêm phòng cúm gia cầm hai lần, chi phí vắc xin và thuốc thú y khoảng 60 triệu đồng. "Tiêm phòng tốn kém nhưng rẻ hơn nhiều so với thiệt hại nếu dịch xảy ra", anh nói. Năm 2023, trừ chi phí, gia đình anh lãi gần 700 triệu đồng, tạo việc làm cho 6 lao động với mức lương 7 triệu đồng/người/tháng.

Theo Trạm Chăn nuôi và Thú y huyện Thanh Ba, 6 tháng đầu năm 2024, toàn huyện đã tiêm được 415.000 liều vắc xin cúm gia cầm, đạt 96% kế hoạch; riêng xã Đông Thành tiêm 52.300 liều. Tỷ lệ gia cầm được tiêm phòng của huyện đạt 82%, cao hơn mức bình quân chung của tỉnh (76,5%).

Ông Nguyễn Đức Thịnh, Trưởng Trạm cho biết, đợt tiêm phòng vụ Thu - Đông sẽ bắt đầu từ ngày 1/9; huyện phấn đấu tiêm khoảng 430.000 liều, bảo đảm 100% trang trại chăn nuôi tập trung được tiêm phòng.

NGỌC ANH

18/7/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
DUNG = "trang trại của anh Hà Văn Dũng"

FIGS = [
    F("có 46 trang trại", "46", 46, "count", "trang trại, gia trại", subject="trang trại, gia trại nuôi gà xã Đông Thành"),
    F("trên 180 nghìn", "180", 180000, "count", "con", approx="over", subject="tổng đàn gà xã Đông Thành"),
    F("Với 12.000 con", "12.000", 12000, "count", "con", subject=f"gà đẻ trứng {DUNG}"),
    F("khoảng 9.500 quả", "9.500", 9500, "count", "quả trứng", approx="about",
      subject="trứng trang trại thu mỗi ngày"),
    F("từ 2.200 đến 2.500", "2.200", 2200, "money", "đồng/quả", value_max=2500, subject="giá bán trứng"),
    F("gia cầm hai lần", "hai", 2, "count", "lần", optional=True,
      subject="lần tiêm phòng cúm gia cầm mỗi năm"),
    F("khoảng 60 triệu", "60", 60000000, "money", "đồng", approx="about",
      subject="chi phí vắc xin và thuốc thú y mỗi năm"),
    F("gần 700 triệu", "700", 700000000, "money", "đồng", approx="nearly",
      subject="lãi của gia đình anh Dũng", period=Y23),
    F("cho 6 lao động", "6", 6, "count", "lao động", subject="lao động có việc làm tại trang trại", period=Y23),
    F("lương 7 triệu", "7", 7000000, "money", "đồng/người/tháng", subject="mức lương lao động tại trang trại",
      period=Y23),
    F("được 415.000 liều", "415.000", 415000, "count", "liều", percent=96,
      subject="liều vắc xin cúm gia cầm đã tiêm", period=H1),
    F("tiêm 52.300 liều", "52.300", 52300, "count", "liều", subject="liều vắc xin cúm gia cầm xã Đông Thành đã tiêm",
      period=H1),
    F("đạt 82%", "82", 82, "percent", "%", subject="tỷ lệ gia cầm được tiêm phòng", period=I(H1)),
    F("(76,5%)", "76,5", 76.5, "percent", "%", subject="tỷ lệ gia cầm được tiêm phòng bình quân chung của tỉnh",
      period=I(H1), location="Phú Thọ"),
    F("khoảng 430.000", "430.000", 430000, "count", "liều", approx="about", status="target",
      subject="liều vắc xin tiêm đợt vụ Thu - Đông"),
    F("100% trang trại", "100", 100, "percent", "%", status="target",
      subject="trang trại chăn nuôi tập trung được tiêm phòng"),
]

NOTES = [
    "Party newspaper (Báo Phú Thọ): farm portrait in xã Đông Thành, huyện Thanh Ba; byline 'NGỌC ANH' and bare date '18/7/2024' at the end.",
    "Location Thanh Ba throughout (the commune and the farm lie in it); only the province average '(76,5%)' is Phú Thọ.",
    "Distractors: 'khu 5', 'từ ngày 1/9', 'vụ Thu - Đông'. 'hai lần' a year is a frequency (optional).",
    "'mỗi ngày … 9.500 quả trứng' keeps the plain unit, the 'mỗi ngày' in the subject; the farm's standing figures have no period.",
    "'riêng xã Đông Thành' is no part-of cue: no total. '(76,5%)' is a level compared with, a figure of its own; 82% has no change.",
    "revised: the commune (not a place level of 'location') is kept in the subject of the commune's figures 46, 180 nghìn, 52.300.",
    "'phấn đấu … khoảng 430.000 liều, bảo đảm 100% …' targets; the autumn round has no dated period.",
]

if __name__ == "__main__":
    write("p1185-5", TEXT, NOTES, FIGS, published="2024-07-18", location="Thanh Ba")
