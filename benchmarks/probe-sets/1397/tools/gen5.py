"""p1397-5: national newspaper: resumption vote, capacity, output and investment of the Ninh Thuận project."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Năng lượng
Thứ hai, 2/12/2024, 06:30 (GMT+7)

Điện hạt nhân Ninh Thuận trở lại với tổng công suất 4.000-4.800 MW

Dự án điện hạt nhân Ninh Thuận được tái khởi động với quy mô lớn hơn và yêu cầu về công nghệ, an toàn cao hơn so với phương án được duyệt trước đây.

Chiều 30/11, Quốc hội thông qua Nghị quyết về chủ trương tiếp tục đầu tư dự án điện hạt nhân Ninh Thuận với 438/445 đại biểu tham gia biểu quyết tán thành, bằng 91,06% tổng số đại biểu Quốc hội.

Theo tờ trình của Chính phủ, dự án gồm 2 nhà máy: Ninh Thuận 1 tại xã Phước Dinh, huyện Thuận Nam và Ninh Thuận 2 tại xã Vĩnh Hải, huyện Ninh Hải. Mỗi nhà máy có 2 tổ máy, công suất mỗi tổ máy từ 1.000 đến 1.200 MW, nâng tổng công suất lên khoảng 4.000-4.800 MW. Khi vận hành, dự án dự kiến cung cấp 30-35 tỷ kWh/năm, tương đương khoảng 8% sản lượng điện quốc gia.

Theo tính toán ban đầu, tổng mức đầu tư dự án Ninh Thuận 1 ước khoảng 200.000 tỷ đồng (khoảng 10 tỷ USD). Chuyên gia Trần Minh Khuê (Viện Năng lượng nguyên tử Việt Nam) cho biết suất đầu tư điện hạt nhân trên thế giới hiện ở mức 5.000-6.000 USD/kW, vì vậy vốn cho mỗi nhà máy dự kiến hơn 10 tỷ USD.

Hiện tổng công suất nguồn điện cả nước đạt khoảng 80.000 MW, gấp khoảng 2,3 lần năm 2013; điện hạt nhân dự kiến chiếm khoảng 3% tổng công suất nguồn điện vào năm 2035. Bộ Khoa học và Công nghệ ước tính cần khoảng 2.500 nhân lực cho dự án, trong đó khoảng 500 kỹ sư phải được đào tạo ở nước ngoài.

"Đây là cơ hội để ngành công nghiệp trong nước tham gia chuỗi cung ứng", ông Khuê nói.

Hoài Thu
"""

Y35 = per("vào năm 2035", "2035-01-01", "2035-12-31")

FIGS = [
    fig("công suất 4.000-4.800 MW", "4.000", 4000, "measure", "MW", value_max=4800,
        subject="tổng công suất điện hạt nhân Ninh Thuận"),
    fig("438/445", "438", 438, "count", "đại biểu", total=445, percent=91.06, location="Việt Nam",
        subject="đại biểu tham gia biểu quyết tán thành"),
    fig("gồm 2 nhà máy", "2", 2, "count", "nhà máy", subject="nhà máy của dự án"),
    fig("có 2 tổ máy", "2", 2, "count", "tổ máy", subject="tổ máy của mỗi nhà máy"),
    fig("từ 1.000 đến 1.200 MW", "1.000", 1000, "measure", "MW", value_max=1200,
        subject="công suất mỗi tổ máy"),
    fig("khoảng 4.000-4.800", "4.000", 4000, "measure", "MW", value_max=4800, approx="about",
        subject="tổng công suất"),
    fig("cung cấp 30-35 tỷ", "30", 30e9, "measure", "kWh/năm", value_max=35e9, percent=8, status="forecast",
        subject="điện dự án cung cấp"),
    fig("khoảng 200.000 tỷ", "200.000", 200000e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng mức đầu tư dự án Ninh Thuận 1"),
    fig("(khoảng 10 tỷ USD)", "10", 10e9, "money", "USD", approx="about", status="estimate", optional=True,
        subject="tổng mức đầu tư dự án Ninh Thuận 1"),
    fig("mức 5.000-6.000 USD/kW", "5.000", 5000, "money", "USD/kW", value_max=6000, location="",
        subject="suất đầu tư điện hạt nhân trên thế giới"),
    fig("hơn 10 tỷ USD", "10", 10e9, "money", "USD", approx="over", status="forecast",
        subject="vốn cho mỗi nhà máy"),
    fig("khoảng 80.000 MW", "80.000", 80000, "measure", "MW", approx="about", location="Việt Nam",
        change=chg("increase", 2.3, "lần", "năm 2013", approx="about"),
        subject="tổng công suất nguồn điện cả nước"),
    fig("khoảng 3%", "3", 3, "percent", "%", approx="about", status="forecast", location="Việt Nam", period=Y35,
        subject="tỷ trọng điện hạt nhân trong tổng công suất nguồn điện"),
    fig("khoảng 2.500 nhân lực", "2.500", 2500, "count", "nhân lực", approx="about", status="estimate",
        subject="nhân lực cần cho dự án"),
    fig("khoảng 500 kỹ sư", "500", 500, "count", "kỹ sư", approx="about", status="estimate", total=2500,
        subject="kỹ sư phải được đào tạo ở nước ngoài"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 2/12/2024, 06:30 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', 'Chiều 30/11', 'Ninh Thuận 1', 'Ninh Thuận 2', 'năm 2013' (baseline), 'vào năm 2035' (period).",
    "Location: project figures → Ninh Thuận (the plants' province); the vote, the national power system and the 2035 share → Việt Nam;",
    "the world investment rate per kW → null (no place; location = \"\"). '438/445 ... bằng 91,06%' → total 445 and percent 91,06.",
    "'tương đương khoảng 8% sản lượng điện quốc gia' is the share of 30-35 tỷ kWh/năm (percent attribute); 'dự kiến' → forecast.",
    "'(khoảng 10 tỷ USD)' restates 200.000 tỷ đồng in another currency: optional. 'gấp khoảng 2,3 lần năm 2013' is the change",
    "of 80.000 MW (lần, about). 'Bộ ... ước tính cần khoảng 2.500 ..., trong đó khoảng 500' → estimate; 500 takes total 2.500.",
    "Headline and body '4.000-4.800 MW' are two mentions, both figures; the body one has 'khoảng'.",
]

if __name__ == "__main__":
    write("p1397-5", TEXT, NOTES, FIGS, published="2024-12-02", location="Ninh Thuận")
