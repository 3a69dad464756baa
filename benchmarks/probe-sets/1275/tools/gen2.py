"""p1275-2: district portal (huyện Yên Phong, Bắc Ninh): World Breastfeeding Week rally, district indicators."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN PHONG - TỈNH BẮC NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Yên Phong hưởng ứng Tuần lễ Thế giới nuôi con bằng sữa mẹ năm 2024

05/08/2024 - 15:20

Sáng 5/8, Trung tâm Y tế huyện phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức lễ mít tinh hưởng ứng Tuần lễ Thế giới nuôi con bằng sữa mẹ (từ ngày 1 đến 7/8). Tham dự có khoảng 300 hội viên phụ nữ, bà mẹ mang thai và nuôi con nhỏ.

Năm 2023, toàn huyện có 2.946 trẻ sinh ra sống; tỷ lệ trẻ được bú mẹ trong giờ đầu sau sinh đạt 86,5%; tỷ lệ trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn đạt 41,2%, tăng 3,6 điểm phần trăm so với năm 2022.

Hiện 14/14 trạm y tế xã, thị trấn đã bố trí góc tư vấn nuôi con bằng sữa mẹ. Trong 6 tháng đầu năm 2024, các trạm y tế đã tư vấn cho 1.350 lượt bà mẹ, tổ chức 42 buổi truyền thông nhóm với hơn 1.100 người tham dự.

Yên Phong có 3 khu công nghiệp với khoảng 115.000 lao động, trong đó hơn 60% là lao động nữ. Đến nay, 18 doanh nghiệp trên địa bàn đã có phòng vắt, trữ sữa; riêng Công ty TNHH Điện tử Hanel Vina (Khu công nghiệp Yên Phong I) có 12 phòng, phục vụ hơn 20.000 lao động nữ.

Dịp này, Hội Liên hiệp Phụ nữ huyện trao 50 suất quà, mỗi suất trị giá 500.000 đồng, cho các bà mẹ có hoàn cảnh khó khăn đang nuôi con bằng sữa mẹ. Năm 2024, huyện phấn đấu tỷ lệ trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn đạt trên 45%, 100% trạm y tế duy trì góc tư vấn.

Nguồn: Trung tâm Văn hóa, Thông tin và Thể thao huyện
Tin khác:
- Yên Phong: Ra quân chiến dịch tiêm vắc xin sởi năm 2024
Địa chỉ: Thị trấn Chờ, huyện Yên Phong, tỉnh Bắc Ninh | Điện thoại: 0222.3860.215
"""

DAY = per("Sáng 5/8", "2024-08-05", "2024-08-05")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
EXCL = "tỷ lệ trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn"

FIGS = [
    fig("khoảng 300 hội viên", "300", 300, "count", "hội viên", approx="about",
        subject="hội viên phụ nữ, bà mẹ mang thai và nuôi con nhỏ tham dự lễ mít tinh", period=inh(DAY)),
    fig("2.946 trẻ", "2.946", 2946, "count", "trẻ", subject="trẻ sinh ra sống", period=Y23),
    fig("đạt 86,5%", "86,5", 86.5, "percent", "%",
        subject="tỷ lệ trẻ được bú mẹ trong giờ đầu sau sinh", period=Y23),
    fig("đạt 41,2%", "41,2", 41.2, "percent", "%",
        change=chg("increase", 3.6, "điểm phần trăm", "năm 2022"), subject=EXCL, period=Y23),
    fig("14/14 trạm", "14", 14, "count", "trạm y tế", total=14,
        subject="trạm y tế xã, thị trấn bố trí góc tư vấn nuôi con bằng sữa mẹ"),
    fig("cho 1.350 lượt", "1.350", 1350, "count", "lượt bà mẹ",
        subject="lượt bà mẹ được các trạm y tế tư vấn", period=H1),
    fig("42 buổi", "42", 42, "count", "buổi", subject="buổi truyền thông nhóm", period=H1),
    fig("hơn 1.100 người", "1.100", 1100, "count", "người", approx="over",
        subject="người tham dự các buổi truyền thông nhóm", period=H1),
    fig("có 3 khu công nghiệp", "3", 3, "count", "khu công nghiệp", subject="khu công nghiệp"),
    fig("khoảng 115.000 lao động", "115.000", 115000, "count", "lao động", approx="about",
        subject="lao động tại các khu công nghiệp"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="tỷ lệ lao động nữ trong lao động các khu công nghiệp"),
    fig("18 doanh nghiệp", "18", 18, "count", "doanh nghiệp",
        subject="doanh nghiệp trên địa bàn đã có phòng vắt, trữ sữa"),
    fig("có 12 phòng", "12", 12, "count", "phòng",
        subject="phòng vắt, trữ sữa của Công ty TNHH Điện tử Hanel Vina"),
    fig("hơn 20.000 lao động nữ", "20.000", 20000, "count", "lao động nữ", approx="over",
        subject="lao động nữ được phòng vắt, trữ sữa của công ty phục vụ"),
    fig("trao 50 suất", "50", 50, "count", "suất quà",
        subject="suất quà Hội Liên hiệp Phụ nữ huyện trao cho bà mẹ có hoàn cảnh khó khăn"),
    fig("trị giá 500.000", "500.000", 500000, "money", "đồng/suất", subject="trị giá mỗi suất quà"),
    fig("trên 45%", "45", 45, "percent", "%", approx="over", status="target", subject=EXCL, period=Y24),
    fig("100% trạm y tế", "100", 100, "percent", "%", status="target",
        subject="trạm y tế duy trì góc tư vấn nuôi con bằng sữa mẹ", period=Y24),
]

NOTES = [
    "District portal (huyện Yên Phong, Bắc Ninh): banner naming the district, menu, '05/08/2024 - 15:20', Nguồn, Tin khác, address and phone footer.",
    "Distractors: 15:20, 'Sáng 5/8', '(từ ngày 1 đến 7/8)', 'dưới 6 tháng tuổi' (twice; an age in the indicator's name), 'Yên Phong I',",
    "'năm 2024' in the headline and a link title, phone 0222.3860.215.",
    "All figures are the district's: location Yên Phong (the company is in the district too).",
    "'tăng 3,6 điểm phần trăm so với năm 2022' is the change of the 41,2% share (unit điểm phần trăm).",
    "'14/14 trạm y tế' → 14 of total 14. 'trong đó hơn 60% là lao động nữ' is a percent figure of its own (not a share of 115.000).",
    "'riêng' is no part-of cue: 12 phòng gets no total. 'Hiện', 'Đến nay' give no period (as the shared gold does).",
    "'mỗi suất trị giá 500.000 đồng' → đồng/suất. 'phấn đấu' governs both clauses of the last sentence (target, Năm 2024).",
    "The attendance figure stands in the sentence after 'Sáng 5/8': inherited period (not scored).",
]

if __name__ == "__main__":
    write("p1275-2", TEXT, NOTES, FIGS, published="2024-08-05", location="Yên Phong")
