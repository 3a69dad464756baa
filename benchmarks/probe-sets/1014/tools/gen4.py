"""p1014-4: ministry site (Cục Thú y, Bộ NN&PTNT), national rabies deaths, dog and cat population, clinics, certificates, inspections."""
from lib import F, period, inherit, change, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THÚ Y
Trang chủ » Tin tức » Phòng chống dịch bệnh động vật
Năm 2023, cả nước có 82 người tử vong do bệnh dại
Ngày đăng: 27/03/2024 | Lượt xem: 1.146

Theo báo cáo của Cục Thú y, năm 2023 cả nước ghi nhận 82 trường hợp tử vong do bệnh dại tại 29 tỉnh, thành phố, tăng 12 trường hợp so với năm 2022. Phần lớn nạn nhân bị chó nuôi thả rông, chưa được tiêm phòng cắn.

Cả nước hiện có khoảng 5,4 triệu con chó và 2,8 triệu con mèo, song tỷ lệ tiêm phòng dại chỉ đạt khoảng 35% tổng đàn, thấp hơn nhiều so với mức 70% cần thiết để tạo miễn dịch quần thể.

Cùng với nhu cầu nuôi thú cưng tăng nhanh ở các đô thị, mạng lưới dịch vụ thú y phát triển mạnh. Tính đến tháng 12/2023, cả nước có hơn 3.200 cơ sở khám, chữa bệnh động vật, gấp 1,8 lần năm 2018; trong đó TP Hồ Chí Minh và Hà Nội là hai địa phương dẫn đầu với lần lượt khoảng 820 và 640 cơ sở. Các địa phương đã cấp 14.560 chứng chỉ hành nghề thú y, trong đó chứng chỉ hành nghề khám, chữa bệnh chiếm 41,2%.

Năm 2023, cơ quan thú y các cấp đã tổ chức 1.850 đợt kiểm tra, phát hiện và xử lý 624 cơ sở vi phạm quy định về hành nghề thú y, tổng số tiền phạt trên 3,1 tỷ đồng.

Theo Chương trình quốc gia phòng, chống bệnh dại giai đoạn 2022-2030 ban hành kèm Quyết định số 1248/QĐ-TTg, mục tiêu đến năm 2025 giảm 50% số người tử vong do bệnh dại so với giai đoạn 2016-2020; đến năm 2030 có trên 70% đàn chó được tiêm phòng. Năm 2024, Cục Thú y dự kiến phối hợp các địa phương cung ứng khoảng 1,5 triệu liều vắc xin dại cho các vùng có nguy cơ cao.

CỤC THÚ Y - Số 15 ngõ 78 đường Giải Phóng, Phương Mai, Đống Đa, Hà Nội. ĐT: 024.3869.6788
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23h = period("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = period("Tính đến tháng 12/2023", None, "2023-12-31")

FIGS = [
    F("có 82 người", "82", 82, "count", "người", "người tử vong do bệnh dại", Y23h),
    F("ghi nhận 82 trường hợp", "82", 82, "count", "trường hợp", "trường hợp tử vong do bệnh dại", Y23,
      change=change("increase", 12, "trường hợp", "năm 2022")),
    F("tại 29 tỉnh, thành phố", "29", 29, "count", "tỉnh, thành phố", "tỉnh, thành phố có người tử vong do bệnh dại",
      Y23),
    F("khoảng 5,4 triệu con chó", "5,4", 5400000, "count", "con", "chó", approx="about"),
    F("2,8 triệu con mèo", "2,8", 2800000, "count", "con", "mèo", approx="about"),
    F("đạt khoảng 35% tổng đàn", "35", 35, "percent", "%", "tỷ lệ tiêm phòng dại", approx="about"),
    F("mức 70% cần thiết", "70", 70, "percent", "%", "tỷ lệ tiêm phòng cần thiết để tạo miễn dịch quần thể"),
    F("hơn 3.200 cơ sở", "3.200", 3200, "count", "cơ sở", "cơ sở khám, chữa bệnh động vật", ASOF, approx="over",
      change=change("increase", 1.8, "lần", "năm 2018")),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương dẫn đầu về cơ sở khám, chữa bệnh động vật",
      ASOF, optional=True),
    F("khoảng 820 và", "820", 820, "count", "cơ sở", "cơ sở khám, chữa bệnh động vật", ASOF, approx="about",
      total=3200, location="TP Hồ Chí Minh"),
    F("820 và 640 cơ sở", "640", 640, "count", "cơ sở", "cơ sở khám, chữa bệnh động vật", ASOF, approx="about",
      total=3200, location="Hà Nội"),
    F("cấp 14.560 chứng chỉ", "14.560", 14560, "count", "chứng chỉ", "chứng chỉ hành nghề thú y đã cấp"),
    F("chiếm 41,2%", "41,2", 41.2, "percent", "%", "chứng chỉ hành nghề khám, chữa bệnh"),
    F("tổ chức 1.850 đợt kiểm tra", "1.850", 1850, "count", "đợt kiểm tra", "đợt kiểm tra hành nghề thú y", Y23h),
    F("xử lý 624 cơ sở", "624", 624, "count", "cơ sở", "cơ sở vi phạm quy định về hành nghề thú y", Y23h),
    F("trên 3,1 tỷ đồng", "3,1", 3100000000, "money", "đồng", "tổng số tiền phạt", Y23h, approx="over"),
    F("giảm 50% số người", "50", 50, "percent", "%", "số người tử vong do bệnh dại giảm so với giai đoạn 2016-2020",
      period("đến năm 2025", None, "2025-12-31"), status="target"),
    F("trên 70% đàn chó", "70", 70, "percent", "%", "đàn chó được tiêm phòng",
      period("đến năm 2030", None, "2030-12-31"), approx="over", status="target"),
    F("khoảng 1,5 triệu liều", "1,5", 1500000, "count", "liều", "liều vắc xin dại cung ứng",
      period("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Ministry site (Cục Thú y). National figures: location Việt Nam; the lần lượt items take TP Hồ Chí Minh / Hà Nội and total 3.200 (after trong đó).",
    "'gấp 1,8 lần năm 2018' right after 3.200 cơ sở compares it with 2018: a change (increase 1,8 lần), not a multiple figure of its own.",
    "'thấp hơn nhiều so với mức 70%' gives no change value; 70% is a figure of its own. 'chiếm 41,2%' after trong đó has no base amount: percent figure.",
    "'giảm 50%' (a rate with no base amount, target) is a percent figure without change.",
    "Distractors: Lượt xem 1.146, giai đoạn 2022-2030 / 2016-2020, Quyết định số 1248/QĐ-TTg, address 'Số 15 ngõ 78', phone 024.3869.6788.",
    "'hiện có' sentence: no period.",
    "revised after the first run: 'hai địa phương' (a count that only refers back to the two named cities) added as optional,",
    "  as '4 địa phương trọng điểm' (p1014-3) and '3 thành phố nêu trên' (p1014-8) already were.",
]

write("p1014-4", TEXT, FIGS, NOTES, published="2024-03-27", location="Việt Nam")
