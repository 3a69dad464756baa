"""p1232-1: Kiên Giang province portal — Phú Quốc casino (pilot for Vietnamese players), 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Phú Quốc: Gần 520.000 lượt khách vào điểm casino trong 9 tháng

Cập nhật: 21/10/2024 14:20 | Lượt xem: 2.418

(kiengiang.gov.vn) - Theo Sở Tài chính tỉnh Kiên Giang, 9 tháng đầu năm 2024, điểm kinh doanh casino tại Khu phức hợp nghỉ dưỡng Corona Resort & Casino Phú Quốc đón 518.640 lượt khách, tăng 21,3% so với cùng kỳ năm 2023. Trong đó, khách nước ngoài 461.200 lượt, người Việt Nam 57.440 lượt (chiếm 11,1%).

Doanh thu từ hoạt động kinh doanh casino 9 tháng ước đạt 1.865 tỷ đồng, bằng 82,4% kế hoạch năm; doanh nghiệp đã nộp ngân sách nhà nước hơn 640 tỷ đồng, trong đó thuế tiêu thụ đặc biệt 412 tỷ đồng.

Từ khi thí điểm cho người Việt Nam vào chơi theo Nghị định số 03/2017/NĐ-CP (tháng 1/2019) đến hết tháng 9/2024, doanh nghiệp đã bán khoảng 21.500 vé cho người Việt Nam, thu phí hơn 35 tỷ đồng. Mức phí vào cửa là 1 triệu đồng/người/24 giờ hoặc 25 triệu đồng/người/tháng; người chơi phải có thu nhập thường xuyên từ 10 triệu đồng/tháng trở lên.

Hiện điểm casino có 150 bàn trò chơi và 1.047 máy trò chơi điện tử, sử dụng khoảng 2.900 lao động (trong đó lao động địa phương chiếm khoảng 60%), thu nhập bình quân từ 12 đến 15 triệu đồng/người/tháng.

Quý IV, doanh nghiệp dự kiến đón thêm khoảng 180.000 lượt khách; phấn đấu cả năm 2024 nộp ngân sách 900 tỷ đồng.
"""

HEAD = per("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE2 = per("9 tháng", "2024-01-01", "2024-09-30")
PILOT = per("Từ khi thí điểm … (tháng 1/2019) đến hết tháng 9/2024", "2019-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Gần 520.000 lượt khách", "520.000", 520000, "count", "lượt khách", approx="nearly",
        subject="lượt khách vào điểm casino", period=HEAD),
    fig("đón 518.640 lượt khách", "518.640", 518640, "count", "lượt khách",
        change=chg("increase", 21.3, "%", "cùng kỳ năm 2023"),
        subject="lượt khách đến điểm kinh doanh casino", period=NINE),
    fig("nước ngoài 461.200 lượt", "461.200", 461200, "count", "lượt", total=518640,
        subject="lượt khách nước ngoài", period=inh(NINE)),
    fig("Việt Nam 57.440 lượt", "57.440", 57440, "count", "lượt", total=518640, percent=11.1,
        subject="lượt khách người Việt Nam", period=inh(NINE)),
    fig("ước đạt 1.865 tỷ đồng", "1.865", 1865e9, "money", "đồng", percent=82.4, status="estimate",
        subject="doanh thu từ hoạt động kinh doanh casino", period=NINE2),
    fig("hơn 640 tỷ đồng", "640", 640e9, "money", "đồng", approx="over",
        subject="nộp ngân sách nhà nước", period=NINE2),
    fig("đặc biệt 412 tỷ đồng", "412", 412e9, "money", "đồng", total=640e9,
        subject="thuế tiêu thụ đặc biệt nộp ngân sách", period=NINE2),
    fig("khoảng 21.500 vé", "21.500", 21500, "count", "vé", approx="about",
        subject="vé bán cho người Việt Nam", period=PILOT),
    fig("hơn 35 tỷ đồng", "35", 35e9, "money", "đồng", approx="over",
        subject="phí thu từ người Việt Nam vào chơi", period=PILOT),
    fig("là 1 triệu đồng/người/24 giờ", "1", 1e6, "money", "đồng/người/24 giờ",
        subject="mức phí vào cửa"),
    fig("25 triệu đồng/người/tháng", "25", 25e6, "money", "đồng/người/tháng",
        subject="mức phí vào cửa"),
    fig("từ 10 triệu đồng/tháng trở lên", "10", 10e6, "money", "đồng/tháng", approx="at_least",
        subject="thu nhập thường xuyên của người chơi"),
    fig("có 150 bàn", "150", 150, "count", "bàn trò chơi", subject="bàn trò chơi của điểm casino"),
    fig("1.047 máy", "1.047", 1047, "count", "máy trò chơi điện tử", subject="máy trò chơi điện tử của điểm casino"),
    fig("khoảng 2.900 lao động", "2.900", 2900, "count", "lao động", approx="about",
        subject="lao động của điểm casino"),
    fig("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ lao động địa phương"),
    fig("từ 12 đến 15 triệu", "12", 12e6, "money", "đồng/người/tháng", value_max=15e6,
        subject="thu nhập bình quân của người lao động"),
    fig("khoảng 180.000 lượt", "180.000", 180000, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách đón thêm", period=Q4),
    fig("ngân sách 900 tỷ", "900", 900e9, "money", "đồng", status="target",
        subject="nộp ngân sách", period=Y24),
]

NOTES = [
    "Province portal (Kiên Giang): Phú Quốc casino, 9 months 2024, pilot for Vietnamese players. Breadcrumb, 'Cập nhật: 21/10/2024 14:20 | Lượt xem: 2.418'.",
    "All figures describe the casino in Phú Quốc (headline 'Phú Quốc:'; the casino is named 'Casino Phú Quốc'): default location Phú Quốc.",
    "Distractors: 'Lượt xem: 2.418', '14:20', 'Nghị định số 03/2017/NĐ-CP', '(tháng 1/2019)', the '24 giờ' inside the fee unit 'đồng/người/24 giờ'.",
    "'từ 10 triệu đồng/tháng trở lên' is a threshold (at_least), not a range. 'trong đó lao động địa phương chiếm khoảng 60%' is a percent figure of its own.",
    "Headline 'trong 9 tháng' takes 2024 from 'published' (no earlier date). 'Hiện' stock figures and the fee rules get no period.",
    "'ước đạt' governs only the revenue clause; 'doanh nghiệp đã nộp …' after ';' is actual. Quý IV (year-less) → 2024; 'dự kiến' → forecast; 'phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1232-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Phú Quốc")
