"""p1184-6: national newspaper: imported broodstock prices up; a hatchery in huyện Trần Đề (Sóc Trăng); Sóc Trăng and national figures."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Kinh doanh › Nông nghiệp
Thứ Năm, 12/9/2024, 06:15 (GMT+7)

Giá tôm bố mẹ nhập khẩu tăng, trại giống miền Tây tìm đường tự chủ

Tôm bố mẹ nhập khẩu hiện có giá 65-90 USD/cặp, tăng gần 30% so với đầu năm, khiến chi phí sản xuất tôm giống ở nhiều trại miền Tây đội lên.

Tại xã Trung Bình, huyện Trần Đề (Sóc Trăng), trại giống của ông Trần Văn Tư mỗi tháng phải nhập khoảng 300 cặp tôm thẻ bố mẹ. "Chỉ riêng tiền tôm bố mẹ đã chiếm 35% giá thành, chưa kể phí kiểm dịch và vận chuyển", ông Tư nói. Trại có 48 bể, mỗi đợt cho ra 80-100 triệu con post; tôm giống bán ra giá 95 đồng/con, gần như không có lãi.

Theo Chi cục Chăn nuôi và Thú y Sóc Trăng, 8 tháng đầu năm tỉnh kiểm dịch hơn 14.000 con tôm bố mẹ, sản xuất 6,3 tỷ con giống. Toàn tỉnh có 112 cơ sở sản xuất, ương dưỡng tôm giống, song chỉ một doanh nghiệp có chương trình chọn giống tôm bố mẹ riêng.

Trên phạm vi cả nước, theo Cục Thú y, 7 tháng năm 2024 có 214.500 con tôm bố mẹ được kiểm dịch nhập khẩu, giảm 9% so với cùng kỳ năm 2023. Tôm bố mẹ trong nước hiện mới đáp ứng chưa đến 30% nhu cầu của khoảng 2.000 cơ sở sản xuất giống.

PGS.TS Nguyễn Văn Hảo, Viện Nghiên cứu nuôi trồng thủy sản 2, cho rằng với nhu cầu hơn 150 tỷ con giống mỗi năm, Việt Nam cần đầu tư dài hạn cho chọn giống. Dự kiến năm 2025, Bộ Nông nghiệp sẽ hỗ trợ 3 chương trình chọn tạo tôm bố mẹ với kinh phí khoảng 120 tỷ đồng.

Minh Khang
"""

VN = "Việt Nam"
ST = "Sóc Trăng"
TD = "Trần Đề"
M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
M7 = per("7 tháng năm 2024", "2024-01-01", "2024-07-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
TRAI = "trại giống của ông Trần Văn Tư"

FIGS = [
    fig("giá 65-90 USD/cặp", "65", 65, "money", "USD/cặp", value_max=90,
        change=chg("increase", 30, "%", "đầu năm", approx="nearly"),
        subject="giá tôm bố mẹ nhập khẩu", location=VN),
    fig("khoảng 300 cặp", "300", 300, "count", "cặp", approx="about",
        subject=f"cặp tôm thẻ bố mẹ {TRAI} nhập mỗi tháng", location=TD),
    fig("chiếm 35%", "35", 35, "percent", "%", subject="tiền tôm bố mẹ trong giá thành", location=TD),
    fig("có 48 bể", "48", 48, "count", "bể", subject="bể của trại", location=TD),
    fig("80-100 triệu con", "80", 80e6, "count", "con", value_max=100e6,
        subject="con post mỗi đợt", location=TD),
    fig("giá 95 đồng/con", "95", 95, "money", "đồng/con", subject="giá tôm giống bán ra", location=TD),
    fig("hơn 14.000 con", "14.000", 14000, "count", "con", approx="over",
        subject="tôm bố mẹ được kiểm dịch", period=M8, location=ST),
    fig("sản xuất 6,3 tỷ con", "6,3", 6.3e9, "count", "con",
        subject="con giống sản xuất", period=M8, location=ST),
    fig("có 112 cơ sở", "112", 112, "count", "cơ sở",
        subject="cơ sở sản xuất, ương dưỡng tôm giống", location=ST),
    fig("chỉ một doanh nghiệp", "một", 1, "count", "doanh nghiệp",
        subject="doanh nghiệp có chương trình chọn giống tôm bố mẹ riêng", location=ST),
    fig("có 214.500 con", "214.500", 214500, "count", "con",
        change=chg("decrease", 9, "%", "cùng kỳ năm 2023"),
        subject="tôm bố mẹ được kiểm dịch nhập khẩu", period=M7, location=VN),
    fig("chưa đến 30%", "30", 30, "percent", "%", approx="under",
        subject="nhu cầu tôm bố mẹ được tôm bố mẹ trong nước đáp ứng", location=VN),
    fig("khoảng 2.000 cơ sở", "2.000", 2000, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất giống", location=VN),
    fig("hơn 150 tỷ con", "150", 150e9, "count", "con", approx="over",
        subject="nhu cầu con giống mỗi năm", location=VN),
    fig("hỗ trợ 3 chương trình", "3", 3, "count", "chương trình", status="forecast",
        subject="chương trình chọn tạo tôm bố mẹ được hỗ trợ", period=Y25, location=VN),
    fig("khoảng 120 tỷ đồng", "120", 120e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí hỗ trợ chương trình chọn tạo tôm bố mẹ", period=Y25, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 12/9/2024, 06:15 (GMT+7)' (published), byline at the end. No default location:",
    "imported broodstock price and Cục Thú y / national figures -> Việt Nam; hatchery in huyện Trần Đề -> Trần Đề (also the quote",
    "and the following sentence about the same hatchery); Chi cục of Sóc Trăng -> Sóc Trăng.",
    "'mỗi tháng … khoảng 300 cặp', 'mỗi đợt … 80-100 triệu con': counts of the noun (like the shared gold's per-month counts).",
    "'chỉ một doanh nghiệp' is a number word (1). 'giảm 9% so với cùng kỳ năm 2023' is the change of 214.500.",
    "'Dự kiến năm 2025' -> forecast for the support programme and its budget.",
    "revised after the first run: subject of 48 bể as the sentence names it ('Trại có 48 bể' -> 'bể của trại').",
    "Distractors: 'Viện Nghiên cứu nuôi trồng thủy sản 2', time 06:15, '(GMT+7)', 'PGS.TS'.",
]

if __name__ == "__main__":
    build("p1184-6", TEXT, NOTES, FIGS, published="2024-09-12", location=None)
