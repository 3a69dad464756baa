"""p1359-2: district portal (huyện Duy Xuyên, Quảng Nam): a cycling-tour cooperative and the district's bike tourism."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DUY XUYÊN - TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức | Du lịch | Văn bản chỉ đạo

Du lịch xe đạp trải nghiệm làng quê - hướng đi mới ở Duy Xuyên

Ngày đăng: 18/07/2024 - 08:20

Thành lập từ tháng 9/2022, Hợp tác xã Dịch vụ du lịch Xe đạp Thu Bồn (xã Duy Trinh) đến nay đã có 32 thành viên, sở hữu 120 xe đạp và 4 tuyến tour chính, trong đó tuyến dài nhất khoảng 22 km nối làng dệt Mã Châu với Khu đền tháp Mỹ Sơn. Hơn ba chục hộ dân ven sông Thu Bồn tham gia cung cấp dịch vụ ăn uống, trình diễn nghề cho khách.

6 tháng đầu năm 2024, hợp tác xã đón 4.860 lượt khách, tăng 35% so với cùng kỳ, trong đó khách quốc tế chiếm khoảng 78%. Giá tour từ 350.000 đến 550.000 đồng/khách, gồm xe, nước uống, hướng dẫn viên và bữa cơm quê. Doanh thu đạt gần 1,9 tỷ đồng, vượt 8% kế hoạch 6 tháng; thu nhập của thành viên bình quân 7-8 triệu đồng/người/tháng.

"Khách châu Âu rất thích đạp xe qua ruộng dâu, bãi bắp rồi dừng lại xem dệt lụa", bà Nguyễn Thị Hạnh, Giám đốc hợp tác xã, chia sẻ.

Theo UBND huyện, toàn huyện hiện có 5 hợp tác xã và tổ hợp tác khai thác du lịch xe đạp với hơn 300 xe. Năm 2023, các tour xe đạp phục vụ 11.200 lượt khách, chiếm 14,6% tổng lượt khách đến Duy Xuyên.

Năm 2024, huyện phấn đấu thu hút 15.000 lượt khách đi tour xe đạp, hỗ trợ 200 triệu đồng lắp đặt biển chỉ dẫn trên tuyến ĐH5 và đường ven sông Thu Bồn.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Duy Xuyên tổ chức Lễ hội Bà Thu Bồn năm 2024
- Hội nghị sơ kết 6 tháng đầu năm của Huyện ủy

Địa chỉ: 228 Hùng Vương, thị trấn Nam Phước, huyện Duy Xuyên | Điện thoại: 0235.3877.123
"""

NOW = per("đến nay", None, "2024-07-18")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
HTX = "Hợp tác xã Dịch vụ du lịch Xe đạp Thu Bồn"

FIGS = [
    fig("có 32 thành viên", "32", 32, "count", "thành viên", subject=f"thành viên của {HTX}", period=NOW),
    fig("sở hữu 120 xe", "120", 120, "count", "xe đạp", subject="xe đạp hợp tác xã sở hữu", period=NOW),
    fig("và 4 tuyến", "4", 4, "count", "tuyến tour", subject="tuyến tour chính của hợp tác xã", period=NOW),
    fig("khoảng 22 km", "22", 22, "measure", "km", approx="about", subject="chiều dài tuyến tour dài nhất"),
    fig("Hơn ba chục", "ba chục", 30, "count", "hộ dân", approx="over",
        subject="hộ dân ven sông Thu Bồn tham gia cung cấp dịch vụ"),
    fig("đón 4.860 lượt", "4.860", 4860, "count", "lượt khách",
        change=chg("increase", 35, "%", "cùng kỳ"), subject="lượt khách hợp tác xã đón", period=H1),
    fig("khoảng 78%", "78", 78, "percent", "%", approx="about", subject="tỷ lệ khách quốc tế", period=H1),
    fig("từ 350.000 đến 550.000", "350.000", 350000, "money", "đồng/khách", value_max=550000,
        subject="giá tour"),
    fig("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="nearly",
        change=chg("increase", 8, "%", "kế hoạch 6 tháng"), subject="doanh thu của hợp tác xã", period=inh(H1)),
    fig("quân 7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân của thành viên", period=inh(H1)),
    fig("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã và tổ hợp tác",
        subject="hợp tác xã và tổ hợp tác khai thác du lịch xe đạp"),
    fig("hơn 300 xe", "300", 300, "count", "xe", approx="over",
        subject="xe của các hợp tác xã và tổ hợp tác du lịch xe đạp"),
    fig("phục vụ 11.200 lượt", "11.200", 11200, "count", "lượt khách", percent=14.6,
        subject="lượt khách các tour xe đạp phục vụ", period=Y23),
    fig("thu hút 15.000 lượt", "15.000", 15000, "count", "lượt khách", status="target",
        subject="lượt khách đi tour xe đạp", period=Y24),
    fig("hỗ trợ 200 triệu", "200", 200e6, "money", "đồng", status="target",
        subject="kinh phí hỗ trợ lắp đặt biển chỉ dẫn", period=Y24),
]

NOTES = [
    "District portal (huyện Duy Xuyên, Quảng Nam): banner naming the district, menu, 'Ngày đăng: 18/07/2024 - 08:20', 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'tháng 9/2022' (founding date), 'ĐH5' (road), '228 Hùng Vương', phone 0235.3877.123, '6 tháng đầu năm' in a link title.",
    "All figures describe huyện Duy Xuyên (the cooperative is in xã Duy Trinh, a commune of the district): default location Duy Xuyên.",
    "'Hơn ba chục hộ dân' = over 30 (number word). '4 tuyến ..., trong đó tuyến dài nhất khoảng 22 km': no total (km is not tuyến).",
    "'trong đó khách quốc tế chiếm khoảng 78%': the share belongs to a part with no number of its own, so it is a percent figure,",
    "not the percent of 4.860 (4.860 is not 78% of anything). 'vượt 8% kế hoạch 6 tháng' is a change against the plan.",
    "'Doanh thu ...' and the income stand in the sentence after '6 tháng đầu năm 2024': period inherited.",
    "'chiếm 14,6% tổng lượt khách' is the percent of 11.200. 'Năm 2024, huyện phấn đấu ...' governs both clauses: target.",
    "revised after the first run: 32 thành viên, 120 xe đạp, 4 tuyến get the as-of period 'đến nay' (start null, end = dateline",
    "2024-07-18), stated in their own clause ('đến nay đã có'); 'Thành lập từ tháng 9/2022' dates the founding, not the figures.",
    "The route length 22 km (a property of the route) and the next sentence's households keep no period.",
]

if __name__ == "__main__":
    write("p1359-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Duy Xuyên")
