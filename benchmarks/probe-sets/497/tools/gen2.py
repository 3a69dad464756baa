"""p497-2: huyện Yên Thành (Nghệ An) district portal, 2023, people's contributions to rural roads."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Tin tức - Sự kiện | Xây dựng nông thôn mới
Thứ Ba, 12/03/2024 - 15:20

Yên Thành: Nhân dân đóng góp gần 47 tỷ đồng làm đường giao thông nông thôn

Năm 2023, toàn huyện Yên Thành đã làm mới và nâng cấp 136,4 km đường giao thông nông thôn với tổng kinh phí 182,7 tỷ đồng, tăng 18,6% so với năm 2022. Trong đó, nhân dân đóng góp 46,8 tỷ đồng, chiếm 25,6% tổng kinh phí; ngân sách nhà nước các cấp 129,5 tỷ đồng; doanh nghiệp và con em xa quê ủng hộ 6,4 tỷ đồng.

Phong trào hiến đất mở đường tiếp tục lan tỏa: 1.126 hộ dân đã tự nguyện hiến 68.500 m2 đất, tháo dỡ 9.870 m tường rào, đóng góp hơn 32.000 ngày công. Nhiều xã có tỷ lệ nhân dân đóng góp từ 30 đến 40% tổng kinh phí như Công Thành, Bảo Thành, Sơn Thành. Xã Hợp Thành là điển hình với 12,6 km đường trục thôn được bê tông hóa chỉ trong 4 tháng, người dân góp 5,2 tỷ đồng.

Đến hết năm 2023, tỷ lệ đường trục xã được nhựa hóa, bê tông hóa đạt 100%; đường trục thôn, xóm đạt 94,3%; đường trục chính nội đồng được cứng hóa đạt 71,5%, tăng 8,2% so với năm 2022. Với kết quả này, Yên Thành xếp thứ 2 toàn tỉnh về tỷ lệ cứng hóa đường giao thông nông thôn, sau huyện Đô Lương.

Năm 2024, huyện phấn đấu làm mới 120 km đường giao thông nông thôn, trong đó 35 km đường nội đồng; huy động nhân dân đóng góp khoảng 40 tỷ đồng.

Hoài Nam - Phòng Văn hóa và Thông tin huyện
Địa chỉ: Khối 1, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An. ĐT: 0238.3863.205
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
END23 = per("Đến hết năm 2023", None, "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_ROAD = "đường giao thông nông thôn làm mới và nâng cấp"

F = [
    fig("gần 47 tỷ đồng", "47", 47e9, "money", "đồng", "nhân dân đóng góp làm đường giao thông nông thôn", inh(Y23), approx="nearly"),
    fig("nâng cấp 136,4 km", "136,4", 136.4, "measure", "km", SUBJ_ROAD, Y23),
    fig("kinh phí 182,7 tỷ đồng", "182,7", 182.7e9, "money", "đồng", "tổng kinh phí làm mới và nâng cấp đường giao thông nông thôn", Y23,
        change=chg("increase", 18.6, "%", "năm 2022")),
    fig("đóng góp 46,8 tỷ đồng", "46,8", 46.8e9, "money", "đồng", "nhân dân đóng góp", inh(Y23), total=182.7e9, percent=25.6),
    fig("cấp 129,5 tỷ đồng", "129,5", 129.5e9, "money", "đồng", "ngân sách nhà nước các cấp", inh(Y23), total=182.7e9),
    fig("ủng hộ 6,4 tỷ đồng", "6,4", 6.4e9, "money", "đồng", "doanh nghiệp và con em xa quê ủng hộ", inh(Y23), total=182.7e9),
    fig("1.126 hộ dân", "1.126", 1126, "count", "hộ dân", "hộ dân tự nguyện hiến đất", inh(Y23)),
    fig("hiến 68.500 m2", "68.500", 68500, "measure", "m2", "đất hộ dân tự nguyện hiến", inh(Y23)),
    fig("dỡ 9.870 m", "9.870", 9870, "measure", "m", "tường rào tháo dỡ", inh(Y23)),
    fig("hơn 32.000 ngày công", "32.000", 32000, "count", "ngày công", "ngày công nhân dân đóng góp", inh(Y23), approx="over"),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ nhân dân đóng góp trong tổng kinh phí", value_max=40),
    fig("với 12,6 km", "12,6", 12.6, "measure", "km", "đường trục thôn được bê tông hóa ở xã Hợp Thành"),
    fig("trong 4 tháng", "4", 4, "measure", "tháng", "thời gian bê tông hóa đường trục thôn ở xã Hợp Thành", optional=True),
    fig("góp 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng", "người dân xã Hợp Thành góp"),
    fig("đạt 100%", "100", 100, "percent", "%", "tỷ lệ đường trục xã được nhựa hóa, bê tông hóa", END23),
    fig("đạt 94,3%", "94,3", 94.3, "percent", "%", "tỷ lệ đường trục thôn, xóm được nhựa hóa, bê tông hóa", END23),
    fig("đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ đường trục chính nội đồng được cứng hóa", END23,
        change=chg("increase", 8.2, "%", "năm 2022")),
    fig("xếp thứ 2 toàn tỉnh", "2", 2, "rank", "hạng", "tỷ lệ cứng hóa đường giao thông nông thôn", inh(END23)),
    fig("làm mới 120 km", "120", 120, "measure", "km", "đường giao thông nông thôn làm mới", Y24, status="target"),
    fig("35 km đường nội đồng", "35", 35, "measure", "km", "đường nội đồng làm mới", Y24, total=120, status="target"),
    fig("khoảng 40 tỷ đồng", "40", 40e9, "money", "đồng", "huy động nhân dân đóng góp", Y24, approx="about", status="target"),
]

COMMENTS = [
    "Probe 497-2. District portal (huyện Yên Thành, Nghệ An): 2023 rural roads, funding split, land/labour donated, rates, rank, 2024 targets.",
    "Location is the district (Yên Thành) throughout; communes (Công Thành, Hợp Thành ...) are below district level and keep Yên Thành.",
    "'Trong đó' (next sentence) parts add up to 182,7 tỷ: total. 'chiếm 25,6% tổng kinh phí' is the percent of 46,8 tỷ.",
    "71,5% carries 'tăng 8,2% so với năm 2022' as its change (a rate with a base figure, not a growth rate as the claim).",
    "'chỉ trong 4 tháng' is a duration; optional (it could be read as only locating the work in time).",
    "Headline figure and the donation sentence have no period phrase of their own: inherited from 'Năm 2023'.",
    "Distractors: dateline, 'Khối 1', phone 0238.3863.205, 'huyện Đô Lương' after the rank.",
]

if __name__ == "__main__":
    emit("p497-2", TEXT, COMMENTS, F, published="2024-03-12", location="Yên Thành")
