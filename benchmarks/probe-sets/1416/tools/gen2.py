"""p1416-2: district portal (huyện Thanh Oai, Hà Nội), blood-donation day with stem-cell donor registration."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH OAI
THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức | Chính quyền | Văn hóa - Xã hội | Liên hệ

Thanh Oai: 137 người đăng ký hiến tế bào gốc tạo máu tại Ngày hội Giọt hồng
08/06/2024 - 10:20

Sáng 7/6, tại Trung tâm Văn hóa - Thể thao huyện, Ban Chỉ đạo vận động hiến máu tình nguyện huyện phối hợp với Viện Huyết học - Truyền máu Trung ương tổ chức Ngày hội Giọt hồng năm 2024.

Ngày hội tiếp nhận 512 đơn vị máu, vượt 2% kế hoạch. Có gần 600 người đến tham gia, trong đó 137 người đăng ký hiến tế bào gốc tạo máu, gấp đôi so với năm 2023. Mỗi người hiến máu được hỗ trợ từ 100.000 đến 150.000 đồng tiền đi lại và quà tặng.

Theo bác sĩ Lê Thu Hằng, Viện Huyết học - Truyền máu Trung ương, mẫu máu của người đăng ký sẽ được xét nghiệm HLA và lưu vào Ngân hàng dữ liệu người hiến tế bào gốc, hiện có hơn 11 nghìn người tình nguyện. Mỗi năm cả nước có khoảng 2.000 người bệnh cần ghép tế bào gốc đồng loài, nhưng chỉ khoảng 30% tìm được người hiến phù hợp trong gia đình.

Từ năm 2021 đến nay, toàn huyện có 1.245 người đăng ký hiến tế bào gốc, đứng thứ 3 toàn thành phố; 21/21 xã, thị trấn đã tổ chức tuyên truyền. Năm 2024, huyện phấn đấu có ít nhất 300 người đăng ký mới và 100% cán bộ y tế xã được tập huấn về hiến tế bào gốc.

Nguồn: Trung tâm Văn hóa - Thông tin và Thể thao huyện

Tin khác:
- Thanh Oai sơ kết công tác hiến máu 6 tháng đầu năm 2024
- Hưởng ứng Ngày Toàn dân hiến máu tình nguyện 7/4

Cơ quan chủ quản: UBND huyện Thanh Oai
Địa chỉ: Thị trấn Kim Bài, huyện Thanh Oai, TP Hà Nội | ĐT: 024.3387.3120
"""

DAY = per("Sáng 7/6", "2024-06-07", "2024-06-07", inherited=True)
SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-06-08")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Thanh Oai: 137 người", "137", 137, "count", "người",
        subject="người đăng ký hiến tế bào gốc tạo máu tại Ngày hội Giọt hồng"),
    fig("tiếp nhận 512 đơn vị", "512", 512, "count", "đơn vị máu",
        change=chg("increase", 2, "%", "kế hoạch"), subject="đơn vị máu Ngày hội tiếp nhận", period=DAY),
    fig("gần 600 người", "600", 600, "count", "người", approx="nearly",
        subject="người đến tham gia Ngày hội", period=DAY),
    fig("trong đó 137 người", "137", 137, "count", "người", total=600,
        change=chg("increase", 2, "lần", "năm 2023"),
        subject="người đăng ký hiến tế bào gốc tạo máu", period=DAY),
    fig("từ 100.000 đến 150.000", "100.000", 100000, "money", "đồng/người", value_max=150000,
        subject="tiền hỗ trợ đi lại mỗi người hiến máu"),
    fig("hơn 11 nghìn", "11", 11000, "count", "người", approx="over",
        subject="người tình nguyện trong Ngân hàng dữ liệu người hiến tế bào gốc", location="Việt Nam"),
    fig("khoảng 2.000 người", "2.000", 2000, "count", "người bệnh", approx="about",
        subject="người bệnh cần ghép tế bào gốc đồng loài mỗi năm", location="Việt Nam"),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="người bệnh tìm được người hiến phù hợp trong gia đình", location="Việt Nam"),
    fig("có 1.245 người", "1.245", 1245, "count", "người", subject="người đăng ký hiến tế bào gốc",
        period=SINCE),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="người đăng ký hiến tế bào gốc toàn thành phố",
        period=SINCE),
    fig("21/21 xã", "21", 21, "count", "xã, thị trấn", total=21,
        subject="xã, thị trấn đã tổ chức tuyên truyền", period=SINCE),
    fig("ít nhất 300", "300", 300, "count", "người", approx="at_least", status="target",
        subject="người đăng ký hiến tế bào gốc mới", period=Y24),
    fig("và 100%", "100", 100, "percent", "%", status="target",
        subject="cán bộ y tế xã được tập huấn về hiến tế bào gốc", period=Y24),
]

NOTES = [
    "District portal (huyện Thanh Oai, Hà Nội): banner, menu, '08/06/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'Sáng 7/6', 'năm 2024' in the event name, '6 tháng đầu năm 2024' and '7/4' in link titles, phone, times.",
    "'vượt 2% kế hoạch' is a gap to plan → change with baseline 'kế hoạch' (FIGURES.md, result against plan).",
    "'gấp đôi so với năm 2023' after the 137 → change 2 lần. 'trong đó 137 người' → total 600 (the whole before 'trong đó').",
    "The event's figures inherit the day 'Sáng 7/6' from another sentence (not scored). Headline figure: no period.",
    "The donor registry ('hơn 11 nghìn', national) and 'cả nước' figures → Việt Nam. 'Mỗi năm ... khoảng 2.000 người bệnh' is annotated",
    "as a count of patients (a yearly amount, no period), not as a per-time measure.",
    "'đứng thứ 3 toàn thành phố' → rank of the district, located in Thanh Oai; '21/21 xã' → total 21.",
]

if __name__ == "__main__":
    write("p1416-2", TEXT, NOTES, FIGS, published="2024-06-08", location="Thanh Oai")
