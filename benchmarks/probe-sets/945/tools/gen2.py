"""p945-2: huyện Hàm Yên (Tuyên Quang) district portal, Q1/2024 plantation, FSC households, acacia prices."""
from lib import F, build, period, year, inh, up

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÀM YÊN - TỈNH TUYÊN QUANG
Trang chủ | Kinh tế | Nông - lâm nghiệp
Thứ Hai, 15/04/2024 - 10:05

Hàm Yên: Quý I trồng được 1.350 ha rừng sản xuất

Trong quý I/2024, các xã, thị trấn trên địa bàn huyện đã trồng được 1.350 ha rừng sản xuất, đạt 42,2% kế hoạch năm, tăng 210 ha so với cùng kỳ năm trước. Trong đó, diện tích trồng bằng giống keo nuôi cấy mô là 1.080 ha, chiếm 80%; diện tích trồng rừng gỗ lớn là 165 ha.

Để phát triển rừng gỗ lớn, huyện đã hỗ trợ thành lập 32 tổ hợp tác với trên 1.100 hộ tham gia chuỗi liên kết trồng, khai thác gỗ keo với Công ty TNHH Lâm sản Phù Lưu. Mức hỗ trợ cây giống là 3 triệu đồng/ha; các hộ cam kết không khai thác rừng trước 8 năm tuổi. Riêng xã Yên Thuận đã có 46 hộ với 215 ha rừng keo được cấp chứng chỉ FSC.

Từ đầu năm đến nay, toàn huyện khai thác 2.640 ha rừng trồng, sản lượng gỗ đạt khoảng 185.000 m3. Giá gỗ keo trên 8 năm tuổi được thu mua từ 1,8 đến 2 triệu đồng/m3. Gỗ lớn có giá gấp khoảng 1,5 lần gỗ keo 5 năm tuổi.

Năm 2024, huyện phấn đấu trồng 3.200 ha rừng tập trung, trong đó 400 ha rừng gỗ lớn; cấp chứng chỉ FSC cho thêm 1.500 ha, nâng tổng diện tích rừng có chứng chỉ lên 12.000 ha.

Minh Hà (Trung tâm VH, TT&TT huyện)
Địa chỉ: Tổ dân phố Tân Bình, thị trấn Tân Yên, huyện Hàm Yên. ĐT: 0207.3830.215
"""

Q1 = period("quý I/2024", "2024-01-01", "2024-03-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-04-15")
Y24 = year("Năm 2024", 2024)

FIGS = [
    F("Quý I trồng được 1.350 ha", "1.350", 1350, "measure", "ha", "rừng sản xuất trồng được",
      period=period("Quý I", "2024-01-01", "2024-03-31")),
    F("đã trồng được 1.350 ha", "1.350", 1350, "measure", "ha", "rừng sản xuất trồng được",
      percent=42.2, change=up(210, "ha", "cùng kỳ năm trước"), period=Q1),
    F("nuôi cấy mô là 1.080 ha", "1.080", 1080, "measure", "ha", "diện tích trồng bằng giống keo nuôi cấy mô",
      total=1350, percent=80, period=inh(Q1)),
    F("rừng gỗ lớn là 165 ha", "165", 165, "measure", "ha", "diện tích trồng rừng gỗ lớn",
      total=1350, period=inh(Q1)),
    F("thành lập 32 tổ hợp tác", "32", 32, "count", "tổ hợp tác", "tổ hợp tác được hỗ trợ thành lập"),
    F("trên 1.100 hộ", "1.100", 1100, "count", "hộ", "hộ tham gia chuỗi liên kết trồng, khai thác gỗ keo",
      approx="over"),
    F("là 3 triệu đồng/ha", "3", 3000000, "money", "đồng/ha", "mức hỗ trợ cây giống"),
    F("trước 8 năm tuổi", "8", 8, "measure", "năm tuổi", "tuổi rừng tối thiểu được khai thác", optional=True),
    F("có 46 hộ", "46", 46, "count", "hộ", "hộ có rừng keo được cấp chứng chỉ FSC ở xã Yên Thuận"),
    F("với 215 ha", "215", 215, "measure", "ha", "rừng keo được cấp chứng chỉ FSC ở xã Yên Thuận"),
    F("khai thác 2.640 ha", "2.640", 2640, "measure", "ha", "diện tích rừng trồng khai thác", period=YTD),
    F("khoảng 185.000 m3", "185.000", 185000, "measure", "m3", "sản lượng gỗ khai thác",
      approx="about", period=YTD),
    F("trên 8 năm tuổi", "8", 8, "measure", "năm tuổi", "tuổi gỗ keo", approx="over", optional=True),
    F("từ 1,8 đến 2 triệu đồng/m3", "1,8", 1800000, "money", "đồng/m3", "giá thu mua gỗ keo trên 8 năm tuổi",
      value_max=2000000),
    F("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá gỗ lớn so với gỗ keo 5 năm tuổi", approx="about"),
    F("keo 5 năm tuổi", "5", 5, "measure", "năm tuổi", "tuổi gỗ keo", optional=True),
    F("trồng 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích trồng rừng tập trung",
      status="target", period=Y24),
    F("trong đó 400 ha", "400", 400, "measure", "ha", "rừng gỗ lớn trồng mới",
      total=3200, status="target", period=Y24),
    F("cho thêm 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC thêm",
      status="target", period=Y24),
    F("lên 12.000 ha", "12.000", 12000, "measure", "ha", "tổng diện tích rừng có chứng chỉ",
      status="target", period=Y24),
]

NOTES = [
    "Hàm Yên district portal (Tuyên Quang): Q1/2024 planting, cooperative groups, FSC households, harvest, prices, 2024 targets.",
    "Headline 'Quý I' takes 2024 from the dateline before it. 'Từ đầu năm đến nay' ends at the dateline 2024-04-15.",
    "Commune figures (xã Yên Thuận) keep the district 'Hàm Yên' as location: FIGURES.md names province, city or district as the place.",
    "'gấp khoảng 1,5 lần' stands in its own sentence as the claim: a multiple. Tree ages (8, 5 năm tuổi) are category thresholds: optional.",
    "Distractors: 'Thứ Hai', '10:05', 'TT&TT', 'Tổ dân phố Tân Bình', phone '0207.3830.215'.",
]

build(2, TEXT, FIGS, NOTES, published="2024-04-15", location="Hàm Yên")
