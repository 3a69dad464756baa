"""p1319-5: provincial newspaper (Báo Hưng Yên): an automated parcel sorting centre in Yên Mỹ; province postal 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HƯNG YÊN ĐIỆN TỬ
Kinh tế | Thứ Ba, 15/10/2024 | 07:30

Khánh thành trung tâm phân loại bưu kiện tự động tại Yên Mỹ

Với công suất thiết kế 2 triệu bưu kiện/ngày, trung tâm phân loại của Công ty CP Giao vận Thiên Phúc tại huyện Yên Mỹ góp phần rút ngắn thời gian giao hàng thương mại điện tử cho các tỉnh phía Bắc.

(HYO) - Ngày 14/10, Công ty CP Giao vận Thiên Phúc khánh thành Trung tâm phân loại tự động tại Khu công nghiệp Yên Mỹ II, huyện Yên Mỹ. Trung tâm có diện tích 5,2 ha, tổng vốn đầu tư khoảng 1.100 tỷ đồng, được trang bị 3 dây chuyền chia chọn tự động với 2.400 máng phân loại.

Theo đại diện doanh nghiệp, hiện trung tâm xử lý bình quân 1,2 triệu bưu kiện/ngày, bằng 60% công suất thiết kế; độ chính xác phân loại đạt 99,9%. Thời gian lưu kho bình quân giảm từ 6 giờ xuống còn 2 giờ. Trung tâm sử dụng hơn 1.500 lao động, trong đó khoảng 70% là người địa phương.

Năm 2024, sản lượng bưu gửi trên địa bàn tỉnh Hưng Yên ước đạt 96 triệu bưu gửi, gấp 2,3 lần năm 2022; doanh thu bưu chính ước đạt 1.480 tỷ đồng, đứng thứ 6 cả nước. Toàn tỉnh có 58 doanh nghiệp bưu chính đang hoạt động, tăng 9 doanh nghiệp so với năm 2023.

Ông Trần Quốc Hùng, Phó Giám đốc Sở Thông tin và Truyền thông cho biết, giai đoạn 2025-2030, tỉnh dự kiến thu hút thêm từ 3 đến 5 trung tâm logistics, kho vận phục vụ thương mại điện tử.

THANH HÀ
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
G = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
YM = "Yên Mỹ"

FIGS = [
    fig("thiết kế 2 triệu", "2", 2e6, "measure", "bưu kiện/ngày",
        subject="công suất thiết kế của trung tâm phân loại", location=YM),
    fig("diện tích 5,2 ha", "5,2", 5.2, "measure", "ha", subject="diện tích trung tâm", location=YM),
    fig("khoảng 1.100 tỷ", "1.100", 1100e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư trung tâm", location=YM),
    fig("bị 3 dây", "3", 3, "count", "dây chuyền", subject="dây chuyền chia chọn tự động", location=YM),
    fig("với 2.400 máng", "2.400", 2400, "count", "máng phân loại", subject="máng phân loại", location=YM),
    fig("bình quân 1,2 triệu", "1,2", 1.2e6, "measure", "bưu kiện/ngày", percent=60,
        subject="bưu kiện trung tâm xử lý bình quân", location=YM),
    fig("đạt 99,9%", "99,9", 99.9, "percent", "%", subject="độ chính xác phân loại", location=YM),
    fig("từ 6 giờ", "6", 6, "measure", "giờ", subject="thời gian lưu kho bình quân trước đây",
        location=YM, optional=True),
    fig("còn 2 giờ", "2", 2, "measure", "giờ", subject="thời gian lưu kho bình quân", location=YM),
    fig("hơn 1.500 lao động", "1.500", 1500, "count", "lao động", approx="over",
        subject="lao động trung tâm sử dụng", location=YM),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ lao động là người địa phương", location=YM),
    fig("ước đạt 96 triệu", "96", 96e6, "count", "bưu gửi", status="estimate",
        change=chg("increase", 2.3, "lần", "năm 2022"), subject="sản lượng bưu gửi", period=Y24),
    fig("ước đạt 1.480 tỷ", "1.480", 1480e9, "money", "đồng", status="estimate",
        subject="doanh thu bưu chính", period=Y24),
    fig("đứng thứ 6", "6", 6, "rank", "hạng", status="estimate", subject="doanh thu bưu chính", period=Y24),
    fig("có 58 doanh", "58", 58, "count", "doanh nghiệp",
        change=chg("increase", 9, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp bưu chính đang hoạt động"),
    fig("từ 3 đến 5", "3", 3, "count", "trung tâm", value_max=5, status="forecast",
        subject="trung tâm logistics, kho vận phục vụ thương mại điện tử thu hút thêm", period=G),
]

NOTES = [
    "Provincial newspaper (Báo Hưng Yên): section and 'Thứ Ba, 15/10/2024 | 07:30', headline, sapo, tag '(HYO) -', byline at the end.",
    "Distractors: 07:30, 'Ngày 14/10', 'Khu công nghiệp Yên Mỹ II', 'giai đoạn 2025-2030' (a period, not a range of figures).",
    "The centre's figures (sapo and two paragraphs) → location Yên Mỹ; province figures → Hưng Yên.",
    "'giảm từ 6 giờ xuống còn 2 giờ': 2 giờ is the claim; the old value 6 giờ is optional (as '40 triệu' in probe 1242); not a range.",
    "'1,2 triệu bưu kiện/ngày, bằng 60% công suất thiết kế' → percent 60. 'trong đó khoảng 70% là người địa phương' → percent figure.",
    "'ước đạt ... gấp 2,3 lần năm 2022' → change 2.3 lần; 'đứng thứ 6 cả nước' continues the 'ước đạt' clause → estimate, location Hưng Yên.",
    "'Toàn tỉnh có 58 ...' (new sentence, present) → no period. 'dự kiến ... từ 3 đến 5' → forecast, range, period giai đoạn 2025-2030.",
]

if __name__ == "__main__":
    write("p1319-5", TEXT, NOTES, FIGS, published="2024-10-15", location="Hưng Yên")
