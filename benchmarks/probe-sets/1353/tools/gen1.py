"""p1353-1: province portal (Bắc Ninh): on-the-job training in enterprises, 9 months 2024; an electronics firm in Yên Phong."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức > Lao động - Việc làm

9 tháng, hơn 12.000 lao động được đào tạo nghề tại doanh nghiệp

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở LĐ-TB&XH, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh Bắc Ninh đã tổ chức đào tạo, bồi dưỡng nghề cho 12.460 lao động, tăng 8,3% so với cùng kỳ năm 2023, bằng 83% kế hoạch năm. Trong đó, kèm cặp, truyền nghề tại nơi làm việc 7.920 người; học việc trước khi ký hợp đồng lao động 3.180 người; bồi dưỡng nâng bậc thợ 1.360 người.

Hiện toàn tỉnh có 146 doanh nghiệp tự tổ chức đào tạo nghề cho người lao động, trong đó 38 doanh nghiệp có vốn đầu tư nước ngoài đã thành lập trung tâm đào tạo riêng. Thời gian học việc phổ biến từ 1 đến 3 tháng; trong thời gian này, người học được trả lương bằng khoảng 70-85% mức lương tối thiểu vùng.

Tại Khu công nghiệp Yên Phong (huyện Yên Phong), Công ty TNHH Điện tử Kinh Bắc Tech 9 tháng đầu năm đã tiếp nhận gần 2.300 người học việc, sau đào tạo tuyển dụng chính thức 2.050 người, đạt tỷ lệ 89%. Công ty bố trí 120 công nhân lành nghề làm người kèm cặp, mỗi người kèm từ 15 đến 20 học viên, phụ cấp kèm cặp 500.000 đồng/người/tháng.

Thu nhập bình quân của lao động sau học nghề tại doanh nghiệp đạt 8,6 triệu đồng/người/tháng, cao hơn khoảng 1,2 triệu đồng so với lao động phổ thông chưa qua đào tạo. Tỷ lệ lao động qua đào tạo của tỉnh ước đạt 78,5%, trong đó có bằng cấp, chứng chỉ đạt 34,2%.

Quý IV, ngành phấn đấu phối hợp với doanh nghiệp đào tạo thêm khoảng 2.500 lao động, đưa tổng số cả năm lên trên 15.000 người. Sở đề nghị doanh nghiệp thực hiện Nghị định số 15/2019/NĐ-CP và Thông tư số 43/2015/TT-BLĐTBXH về đào tạo thường xuyên.

Tin liên quan:
- Ngày hội việc làm quý III/2024
- Hội thảo đào tạo nhân lực cho công nghiệp 4.0
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_F = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
YP = "Yên Phong"

FIGS = [
    fig("9 tháng, hơn 12.000", "12.000", 12000, "count", "lao động", approx="over",
        subject="lao động được đào tạo nghề tại doanh nghiệp", period=NINE_H),
    fig("nghề cho 12.460 lao động", "12.460", 12460, "count", "lao động", percent=83,
        change=chg("increase", 8.3, "%", "cùng kỳ năm 2023"),
        subject="lao động được các doanh nghiệp đào tạo, bồi dưỡng nghề", period=NINE),
    fig("nơi làm việc 7.920 người", "7.920", 7920, "count", "người", total=12460,
        subject="lao động kèm cặp, truyền nghề tại nơi làm việc", period=inh(NINE)),
    fig("hợp đồng lao động 3.180 người", "3.180", 3180, "count", "người", total=12460,
        subject="lao động học việc trước khi ký hợp đồng lao động", period=inh(NINE)),
    fig("bậc thợ 1.360 người", "1.360", 1360, "count", "người", total=12460,
        subject="lao động bồi dưỡng nâng bậc thợ", period=inh(NINE)),
    fig("có 146 doanh nghiệp", "146", 146, "count", "doanh nghiệp",
        subject="doanh nghiệp tự tổ chức đào tạo nghề cho người lao động"),
    fig("trong đó 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", total=146,
        subject="doanh nghiệp có vốn đầu tư nước ngoài thành lập trung tâm đào tạo riêng"),
    fig("từ 1 đến 3 tháng", "1", 1, "measure", "tháng", value_max=3,
        subject="thời gian học việc"),
    fig("khoảng 70-85%", "70", 70, "percent", "%", value_max=85, approx="about",
        subject="lương trả cho người học việc so với mức lương tối thiểu vùng"),
    fig("gần 2.300 người", "2.300", 2300, "count", "người học việc", approx="nearly",
        subject="người học việc Công ty TNHH Điện tử Kinh Bắc Tech tiếp nhận", period=NINE_F, location=YP),
    fig("chính thức 2.050 người", "2.050", 2050, "count", "người", percent=89,
        subject="người học việc được công ty tuyển dụng chính thức sau đào tạo", period=NINE_F, location=YP),
    fig("bố trí 120 công nhân", "120", 120, "count", "công nhân",
        subject="công nhân lành nghề làm người kèm cặp", location=YP),
    fig("từ 15 đến 20 học viên", "15", 15, "measure", "học viên/người", value_max=20,
        subject="học viên mỗi người kèm cặp", location=YP),
    fig("500.000 đồng/người/tháng", "500.000", 500000, "money", "đồng/người/tháng",
        subject="phụ cấp kèm cặp", location=YP),
    fig("đạt 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
        change=chg("increase", 1.2e6, "đồng", "lao động phổ thông chưa qua đào tạo", approx="about"),
        subject="thu nhập bình quân của lao động sau học nghề tại doanh nghiệp"),
    fig("ước đạt 78,5%", "78,5", 78.5, "percent", "%", status="estimate",
        subject="tỷ lệ lao động qua đào tạo của tỉnh"),
    fig("chứng chỉ đạt 34,2%", "34,2", 34.2, "percent", "%", status="estimate", total=78.5,
        subject="tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"),
    fig("thêm khoảng 2.500 lao động", "2.500", 2500, "count", "lao động", approx="about", status="target",
        subject="lao động đào tạo thêm", period=Q4),
    fig("trên 15.000 người", "15.000", 15000, "count", "người", approx="over", status="target",
        subject="tổng số lao động được đào tạo cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): on-the-job vocational training in enterprises, 9 months 2024; 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862'.",
    "Distractors: 09:35, Lượt xem 1.862, Nghị định số 15/2019/NĐ-CP, Thông tư số 43/2015/TT-BLĐTBXH, 'quý III/2024' and '4.0' in related links.",
    "Headline '9 tháng, hơn 12.000' is its own figure; year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break (';'-separated) take total 12.460; period inherited.",
    "'bằng 83% kế hoạch năm' = percent attribute; 'cao hơn khoảng 1,2 triệu đồng so với ...' = change in đồng.",
    "'ước đạt 78,5%, trong đó ... 34,2%': a percent part of a percent whole (same unit, trong đó) -> total 78.5, estimate carried.",
    "The firm in huyện Yên Phong: location Yên Phong; 'mỗi người kèm từ 15 đến 20 học viên' is a rate (học viên/người, measure).",
    "'Quý IV ... phấn đấu' governs both clauses: target.",
]

if __name__ == "__main__":
    write("p1353-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
