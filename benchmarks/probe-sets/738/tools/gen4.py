"""p738-4: ministry site (Cục Đường thủy nội địa Việt Nam) — national tourist-boat fleet, clearances, inspections, 4 months 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ GIAO THÔNG VẬN TẢI
CỤC ĐƯỜNG THỦY NỘI ĐỊA VIỆT NAM
Trang chủ | Tin tức | Hoạt động của Cục
Ngày đăng: 24/05/2024 | Lượt xem: 1.208

Siết chặt an toàn phương tiện thủy chở khách du lịch trước cao điểm hè

Theo Cục Đường thủy nội địa Việt Nam, tính đến hết tháng 4/2024, cả nước có 7.215 phương tiện thủy nội địa chở khách du lịch đã được đăng ký, tăng 6,3% so với cùng kỳ năm 2023; trong đó có 1.046 phương tiện lưu trú du lịch ngủ đêm. Phương tiện tập trung chủ yếu ở 5 địa phương, lần lượt là Ninh Bình (2.312 phương tiện), Quảng Ninh (528 phương tiện), TP. Hồ Chí Minh (486 phương tiện), Khánh Hòa (417 phương tiện) và Cần Thơ (362 phương tiện).

4 tháng đầu năm, các Cảng vụ đường thủy nội địa đã cấp 486.920 giấy phép rời bến cho phương tiện chở khách du lịch, vận chuyển trên 9,2 triệu lượt khách, tăng 14,7% so với cùng kỳ năm 2023. Các lực lượng đã kiểm tra 12.384 lượt phương tiện, phát hiện 1.137 phương tiện vi phạm, chiếm 9,2% số phương tiện được kiểm tra; xử phạt hành chính hơn 3,45 tỷ đồng.

Cũng trong 4 tháng, Cục Đăng kiểm Việt Nam đã kiểm định 2.874 lượt phương tiện chở khách du lịch; tỷ lệ phương tiện không đạt ở lần kiểm tra đầu là 7,8%, giảm 1,5 điểm phần trăm so với năm 2023.

Cục yêu cầu các Cảng vụ không cấp phép rời bến cho phương tiện thiếu áo phao; phương tiện có sức chở từ 12 người trở lên phải có giấy chứng nhận an toàn kỹ thuật còn hiệu lực. Theo Nghị định số 139/2021/NĐ-CP, hành vi chở quá số người quy định có thể bị phạt tiền tối đa 40 triệu đồng. Phấn đấu đến năm 2025, 100% phương tiện lưu trú du lịch ngủ đêm lắp thiết bị giám sát hành trình.

Địa chỉ: số 5 Nguyễn Khắc Cần, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.5211
"""

ASOF = per("tính đến hết tháng 4/2024", None, "2024-04-30")
M4 = per("4 tháng đầu năm", "2024-01-01", "2024-04-30")
SUBJ = "phương tiện thủy nội địa chở khách du lịch đã được đăng ký"

FIGS = [
    fig("có 7.215 phương tiện", "7.215", 7215, "count", "phương tiện", SUBJ, ASOF,
        change=chg("increase", 6.3, baseline="cùng kỳ năm 2023")),
    fig("có 1.046 phương tiện", "1.046", 1046, "count", "phương tiện", "phương tiện lưu trú du lịch ngủ đêm", ASOF,
        total=7215),
    fig("ở 5 địa phương", "5", 5, "count", "địa phương", "địa phương phương tiện chở khách du lịch tập trung chủ yếu",
        inh(ASOF)),
    fig("(2.312 phương tiện)", "2.312", 2312, "count", "phương tiện", SUBJ, inh(ASOF), location="Ninh Bình"),
    fig("(528 phương tiện)", "528", 528, "count", "phương tiện", SUBJ, inh(ASOF), location="Quảng Ninh"),
    fig("(486 phương tiện)", "486", 486, "count", "phương tiện", SUBJ, inh(ASOF), location="TP. Hồ Chí Minh"),
    fig("(417 phương tiện)", "417", 417, "count", "phương tiện", SUBJ, inh(ASOF), location="Khánh Hòa"),
    fig("(362 phương tiện)", "362", 362, "count", "phương tiện", SUBJ, inh(ASOF), location="Cần Thơ"),
    fig("cấp 486.920 giấy phép", "486.920", 486920, "count", "giấy phép rời bến",
        "giấy phép rời bến cấp cho phương tiện chở khách du lịch", M4),
    fig("trên 9,2 triệu lượt khách", "9,2", 9200000, "count", "lượt khách", "lượt khách vận chuyển", M4,
        approx="over", change=chg("increase", 14.7, baseline="cùng kỳ năm 2023")),
    fig("kiểm tra 12.384 lượt", "12.384", 12384, "count", "lượt phương tiện", "phương tiện được kiểm tra", inh(M4)),
    fig("phát hiện 1.137 phương tiện", "1.137", 1137, "count", "phương tiện", "phương tiện vi phạm", inh(M4),
        percent=9.2),
    fig("hơn 3,45 tỷ đồng", "3,45", 3450000000, "money", "đồng", "tiền xử phạt hành chính", inh(M4), approx="over"),
    fig("kiểm định 2.874 lượt", "2.874", 2874, "count", "lượt phương tiện",
        "phương tiện chở khách du lịch được Cục Đăng kiểm Việt Nam kiểm định",
        per("trong 4 tháng", "2024-01-01", "2024-04-30")),
    fig("đầu là 7,8%", "7,8", 7.8, "percent", "%", "tỷ lệ phương tiện không đạt ở lần kiểm tra đầu",
        per("trong 4 tháng", "2024-01-01", "2024-04-30"),
        change=chg("decrease", 1.5, "điểm phần trăm", baseline="năm 2023")),
    fig("từ 12 người trở lên", "12", 12, "count", "người", "sức chở của phương tiện", approx="at_least",
        optional=True),
    fig("tối đa 40 triệu đồng", "40", 40000000, "money", "đồng",
        "mức phạt tiền đối với hành vi chở quá số người quy định", approx="at_most"),
    fig("2025, 100% phương tiện", "100", 100, "percent", "%",
        "phương tiện lưu trú du lịch ngủ đêm lắp thiết bị giám sát hành trình",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cục Đường thủy nội địa Việt Nam site (invented): phương tiện thủy chở khách du lịch, giấy phép rời bến, kiểm tra, đăng kiểm,",
    "tính đến hết tháng 4/2024. National figures: location Việt Nam; the 'lần lượt' list items carry their province as location",
    "and the list's indicator as subject. '4 tháng đầu năm' takes 2024 from 'tháng 4/2024'. 1.137 violators among 12.384 inspection",
    "visits: different units and no part cue, so the share is its percent but no total. 7,8% is a level (not a growth rate), so",
    "'giảm 1,5 điểm phần trăm' is its change. 'từ 12 người trở lên' is a threshold (optional). Distractors: Nghị định số",
    "139/2021/NĐ-CP, 'Lượt xem: 1.208', the address 'số 5 Nguyễn Khắc Cần, quận Hoàn Kiếm, Hà Nội' (not a place of any figure), phone.",
]

if __name__ == "__main__":
    emit("p738-4", TEXT, COMMENTS, FIGS, published="2024-05-24", location="Việt Nam")
