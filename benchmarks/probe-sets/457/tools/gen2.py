from lib import *

TEXT = """
Hải Hậu: Kiên cố hóa 38,6 km kênh mương nội đồng trong 9 tháng
Thứ Ba, 08/10/2024 - 15:20

Trong 9 tháng năm 2024, huyện Hải Hậu đã kiên cố hóa được 38,6 km kênh mương nội đồng, đạt 96,5% kế hoạch năm và tăng 14,2% so với cùng kỳ năm 2023. Tổng kinh phí thực hiện đạt 27,4 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 11,2 tỷ đồng, ngân sách huyện 5,9 tỷ đồng, ngân sách xã 3,5 tỷ đồng và nhân dân đóng góp 6,8 tỷ đồng.

Ngoài đóng góp bằng tiền, người dân còn góp 14.200 ngày công lao động và hiến hơn 3,2 ha đất để mở rộng bờ kênh. Tỉnh hỗ trợ 100% xi măng với tổng khối lượng 4.350 tấn; huyện hỗ trợ thêm 30 triệu đồng/km cho các tuyến kênh loại III.

Một số xã có khối lượng lớn là: Hải Minh 5,2 km, Hải Đường 4,8 km, Hải Anh 4,1 km, Hải Phong 3,7 km. Riêng thị trấn Yên Định hoàn thành 2,3 km, vượt 15% kế hoạch.

Lũy kế đến nay, toàn huyện đã kiên cố hóa 612 km trong tổng số 1.035 km kênh mương do xã quản lý, chiếm 59,1%. Các tuyến kênh sau khi được cứng hóa đã giảm thất thoát nước từ 25-30% xuống còn dưới 10%, thời gian bơm tưới rút ngắn khoảng 2 ngày mỗi đợt, tiết kiệm chi phí điện năng cho các HTX dịch vụ nông nghiệp.

Năm 2025, huyện phấn đấu kiên cố hóa thêm 45 km kênh mương; đến năm 2030 tỷ lệ kênh mương nội đồng được kiên cố hóa đạt 80%. Tuyến kênh Cồn Giữa - Quốc lộ 37B dài nhất huyện sẽ được khởi công trong quý IV. Bà con có nhu cầu đăng ký xin liên hệ Phòng Nông nghiệp huyện, số điện thoại 0228.3877.215.

Hoàng Long - Trung tâm VH-TT&TT huyện Hải Hậu
"""

HEADER = """
District portal (huyện Hải Hậu, Nam Định): 'Thứ Ba, 08/10/2024 - 15:20' dateline, byline at the end.
Canal solidification in 9 months 2024: km with share of plan and growth, funding parts (trong đó -> total 27,4 tỷ), labour, land, cement.
Commune items (Hải Minh …, thị trấn Yên Định): FIGURES.md's location is a province, city or district, so they keep the district (Hải Hậu);
subject is the list's indicator (as ministries in h01). 'vượt 15% kế hoạch' is a change with baseline kế hoạch.
'612 km trong tổng số 1.035 km' -> total 1035 (attribute), share 59,1%. 'giảm … từ 25-30% xuống còn dưới 10%': old range and new level.
'Lũy kế đến nay' as-of the dateline. Distractors: phone 0228.3877.215, 'Quốc lộ 37B', 'kênh loại III', 'quý IV' (no figure), dateline.
'khoảng 2 ngày mỗi đợt' is a measured saving (measure/ngày), not a period.
revised: the headline figure '38,6 km … trong 9 tháng' added (title figures are figures, as in shared h04).
"""

p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
now = P("Lũy kế đến nay", None, "2024-10-08")
nowi = P("Lũy kế đến nay", None, "2024-10-08", inherited=True)

FIGS = [
    F("Kiên cố hóa 38,6 km", "38,6", 38.6, "measure", "km", "kênh mương nội đồng kiên cố hóa",
      period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("được 38,6 km", "38,6", 38.6, "measure", "km", "kênh mương nội đồng kiên cố hóa",
      percent=96.5, change=CH("increase", 14.2, "%", "cùng kỳ năm 2023"), period=p9),
    F("đạt 27,4 tỷ đồng", "27,4", 27.4e9, "money", "đồng", "tổng kinh phí thực hiện", period=p9i),
    F("hỗ trợ 11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=27.4e9, period=p9i),
    F("huyện 5,9 tỷ đồng", "5,9", 5.9e9, "money", "đồng", "ngân sách huyện", total=27.4e9, period=p9i),
    F("xã 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "ngân sách xã", total=27.4e9, period=p9i),
    F("góp 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "nhân dân đóng góp", total=27.4e9, period=p9i),
    F("góp 14.200 ngày công", "14.200", 14200, "count", "ngày công", "ngày công lao động người dân góp", period=p9i),
    F("hơn 3,2 ha", "3,2", 3.2, "measure", "ha", "đất người dân hiến để mở rộng bờ kênh", approx="over", period=p9i),
    F("hỗ trợ 100% xi măng", "100", 100, "percent", "%", "tỉnh hỗ trợ xi măng", period=p9i),
    F("lượng 4.350 tấn", "4.350", 4350, "measure", "tấn", "tổng khối lượng xi măng tỉnh hỗ trợ", period=p9i),
    F("30 triệu đồng/km", "30", 30e6, "money", "đồng/km", "huyện hỗ trợ cho các tuyến kênh loại III", period=p9i),
    F("Hải Minh 5,2 km", "5,2", 5.2, "measure", "km", "kênh mương kiên cố hóa", period=p9i),
    F("Hải Đường 4,8 km", "4,8", 4.8, "measure", "km", "kênh mương kiên cố hóa", period=p9i),
    F("Hải Anh 4,1 km", "4,1", 4.1, "measure", "km", "kênh mương kiên cố hóa", period=p9i),
    F("Hải Phong 3,7 km", "3,7", 3.7, "measure", "km", "kênh mương kiên cố hóa", period=p9i),
    F("hoàn thành 2,3 km", "2,3", 2.3, "measure", "km", "kênh mương kiên cố hóa thị trấn Yên Định",
      change=CH("increase", 15, "%", "kế hoạch"), period=p9i),
    F("hóa 612 km", "612", 612, "measure", "km", "kênh mương do xã quản lý đã kiên cố hóa",
      total=1035, percent=59.1, period=now),
    F("từ 25-30%", "25", 25, "percent", "%", "thất thoát nước trước khi cứng hóa", value_max=30, period=nowi),
    F("dưới 10%", "10", 10, "percent", "%", "thất thoát nước sau khi cứng hóa", approx="under", period=nowi),
    F("khoảng 2 ngày", "2", 2, "measure", "ngày", "thời gian bơm tưới rút ngắn mỗi đợt", approx="about", period=nowi),
    F("thêm 45 km", "45", 45, "measure", "km", "kênh mương kiên cố hóa thêm", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ kênh mương nội đồng được kiên cố hóa", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]

build(2, TEXT, HEADER, {"published": "2024-10-08", "location": "Hải Hậu"}, FIGS)
