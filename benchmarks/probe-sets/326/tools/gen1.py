from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Đồng Tháp: Hơn 12.000 trẻ em được học bơi an toàn
Cập nhật: 12/08/2024 09:15 | Lượt xem: 2.347

(dongthap.gov.vn) - Sáng 10/8, tại thành phố Cao Lãnh, Sở Văn hóa, Thể thao và Du lịch phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức hội nghị tổng kết chương trình phổ cập bơi cho trẻ em năm 2024 theo Kế hoạch số 156/KH-UBND của UBND tỉnh.

Theo báo cáo, từ tháng 6 đến tháng 8/2024, toàn tỉnh mở 486 lớp dạy bơi (gồm 214 lớp do các trường học tổ chức và 272 lớp do các câu lạc bộ, cơ sở ngoài công lập tổ chức), tăng 12,5% so với cùng kỳ năm 2023, thu hút hơn 12.000 trẻ em tham gia. Trong đó, 10.842 em đã biết bơi an toàn sau khóa học, chiếm 89,6%.

Các địa phương có số trẻ được học bơi nhiều nhất là thành phố Cao Lãnh (1.856 em), huyện Tháp Mười (1.420 em) và huyện Lấp Vò (1.198 em); thấp nhất là huyện Tân Hồng với 405 em.

Toàn tỉnh hiện có 57 bể bơi, trong đó 19 bể trong trường học và 23 bể bơi lắp ghép; 11/12 huyện, thành phố đã có bể bơi đạt chuẩn phục vụ dạy bơi. Tổng kinh phí thực hiện chương trình khoảng 4,2 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,35 tỷ đồng, phần còn lại do xã hội hóa.

Từ đầu năm đến nay, toàn tỉnh xảy ra 9 vụ đuối nước làm 11 trẻ em tử vong, giảm 5 em so với cùng kỳ năm 2023.

Năm 2025, tỉnh phấn đấu 100% xã, phường, thị trấn tổ chức dạy bơi cho trẻ em; tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn đạt trên 50%. Người dân phát hiện trẻ em có nguy cơ bị xâm hại, tai nạn thương tích có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí).

Thanh Tâm
"""

SUMMER = P("từ tháng 6 đến tháng 8/2024", "2024-06-01", "2024-08-31")
SUMMER_I = P("từ tháng 6 đến tháng 8/2024", "2024-06-01", "2024-08-31", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-12")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 12.000 trẻ em được", "12.000", 12000, "count", "trẻ em", "trẻ em được học bơi an toàn",
      approx="over", period=SUMMER_I),
    F("mở 486 lớp dạy bơi", "486", 486, "count", "lớp", "lớp dạy bơi",
      change={"direction": "increase", "value": 12.5, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=SUMMER),
    F("gồm 214 lớp", "214", 214, "count", "lớp", "lớp dạy bơi do các trường học tổ chức", total=486, period=SUMMER),
    F("và 272 lớp", "272", 272, "count", "lớp", "lớp dạy bơi do các câu lạc bộ, cơ sở ngoài công lập tổ chức",
      total=486, period=SUMMER),
    F("thu hút hơn 12.000 trẻ em", "12.000", 12000, "count", "trẻ em", "trẻ em tham gia học bơi",
      approx="over", period=SUMMER),
    F("10.842 em", "10.842", 10842, "count", "em", "trẻ em biết bơi an toàn sau khóa học",
      total=12000, percent=89.6, period=SUMMER_I),
    F("Cao Lãnh (1.856 em)", "1.856", 1856, "count", "em", "trẻ được học bơi", location="Cao Lãnh", period=SUMMER_I),
    F("Tháp Mười (1.420 em)", "1.420", 1420, "count", "em", "trẻ được học bơi", location="Tháp Mười", period=SUMMER_I),
    F("Lấp Vò (1.198 em)", "1.198", 1198, "count", "em", "trẻ được học bơi", location="Lấp Vò", period=SUMMER_I),
    F("với 405 em", "405", 405, "count", "em", "trẻ được học bơi", location="Tân Hồng", period=SUMMER_I),
    F("có 57 bể bơi", "57", 57, "count", "bể bơi", "bể bơi"),
    F("19 bể trong trường học", "19", 19, "count", "bể", "bể bơi trong trường học", total=57),
    F("23 bể bơi lắp ghép", "23", 23, "count", "bể bơi", "bể bơi lắp ghép", total=57),
    F("11/12 huyện", "11", 11, "count", "huyện, thành phố", "huyện, thành phố có bể bơi đạt chuẩn phục vụ dạy bơi",
      total=12),
    F("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "tổng kinh phí thực hiện chương trình", approx="about",
      period=P("năm 2024", "2024-01-01", "2024-12-31", inh=True)),
    F("hỗ trợ 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=4.2e9,
      period=P("năm 2024", "2024-01-01", "2024-12-31", inh=True)),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "vụ đuối nước", period=YTD),
    F("làm 11 trẻ em", "11", 11, "count", "trẻ em", "trẻ em tử vong do đuối nước",
      change={"direction": "decrease", "value": 5, "unit": "em", "baseline": "cùng kỳ năm 2023"}, period=YTD),
    F("phấn đấu 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn tổ chức dạy bơi cho trẻ em",
      status="target", period=Y25),
    F("từ 6 đến 15 tuổi", "6", 6, "measure", "tuổi", "độ tuổi trẻ em", value_max=15, optional=True),
    F("đạt trên 50%", "50", 50, "percent", "%", "tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn",
      approx="over", status="target", period=Y25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đồng Tháp: tổng kết phổ cập bơi cho trẻ em năm 2024. 'Cập nhật: 12/08/2024 09:15' is the date; 'Lượt xem: 2.347' page furniture.",
    "Distractors: 'Kế hoạch số 156/KH-UBND', 'Sáng 10/8', hotline 'Tổng đài ... 111', 'so với cùng kỳ năm 2023' (baseline).",
    "'486 lớp (gồm 214 ... và 272 ...), tăng 12,5%': bracketed parts sum to the whole (total 486); the change crosses the bracket to 486.",
    "'Trong đó, 10.842 em ..., chiếm 89,6%' follows 'hơn 12.000 trẻ em' after a sentence break: total 12000, percent 89.6.",
    "District list: subject is the list's indicator, district in location; period inherited from the summer sentence.",
    "Headline figure annotated (no period in the title: inherited). '11/12 huyện, thành phố' total 12. 'hiện có 57 bể bơi' has no period phrase.",
    "Funding (khoảng 4,2 tỷ; 1,35 tỷ trong đó) takes the programme year 2024 (inherited). Age range 'từ 6 đến 15 tuổi' optional.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-08-12. 'Năm 2025 ... phấn đấu' makes both clauses status target.",
]

if __name__ == "__main__":
    write("p326-1", TEXT, FIGS, COMMENTS, published="2024-08-12", location="Đồng Tháp")
