from lib import F, P, build

TEXT = """BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU
Kinh tế | 0 bình luận

Siết chặt kiểm dịch tôm giống nhập tỉnh
Hoàng Vũ
08/10/2024 - 16:35

(CMO) Quý III/2024, Chi cục Chăn nuôi và Thú y tỉnh đã kiểm dịch 3,84 tỷ con tôm giống nhập vào tỉnh, tăng 11,3% so với quý II/2024; trong đó tôm giống từ Ninh Thuận, Bình Thuận chiếm 62%.

Lũy kế từ đầu năm đến ngày 30/9, tổng số tôm giống qua kiểm dịch đạt 9,7 tỷ con, bằng 74,6% kế hoạch năm (13 tỷ con). Qua xét nghiệm 842 mẫu, phát hiện 29 mẫu dương tính với bệnh đốm trắng và hoại tử gan tụy cấp (chiếm 3,44%); lực lượng chức năng đã tiêu hủy hơn 24,5 triệu con tôm giống không đạt chất lượng.

Các đoàn kiểm tra liên ngành đã kiểm tra 156 lượt cơ sở kinh doanh tôm giống tại các huyện Trần Văn Thời (38 lượt), Cái Nước (31 lượt), Đầm Dơi (27 lượt); xử phạt 14 trường hợp vi phạm theo Nghị định số 90/2017/NĐ-CP với tổng số tiền 187,5 triệu đồng, trong đó hai trường hợp bị đình chỉ hoạt động.

Tính đến cuối tháng 9/2024, toàn tỉnh có 1.126 trại ương dưỡng tôm giống, trong đó chỉ 315 trại được cấp chứng nhận đủ điều kiện (chiếm 28%). Ông Trần Văn Sáu, Chi cục trưởng Chi cục Chăn nuôi và Thú y, cho biết nhiều trại nhỏ lẻ ở khóm 5, phường 9 vẫn nhập giống trôi nổi không qua kiểm dịch.

Quý IV, ngành phấn đấu kiểm dịch tối thiểu 3,3 tỷ con tôm giống, đưa tỷ lệ tôm giống thả nuôi qua kiểm dịch lên trên 85%. Người dân có thể phản ánh qua số điện thoại 0290.3831.357 hoặc Công văn số 1520/CCCNTY đã gửi các huyện.
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
L = P("Lũy kế từ đầu năm đến ngày 30/9", "2024-01-01", "2024-09-30")
LI = P("Lũy kế từ đầu năm đến ngày 30/9", "2024-01-01", "2024-09-30", inh=True)
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
E9 = P("Tính đến cuối tháng 9/2024", None, "2024-09-30")

FIGS = [
    F("kiểm dịch 3,84 tỷ con", "3,84", 3.84e9, "count", "con", "tôm giống nhập vào tỉnh được kiểm dịch",
      change={"direction": "increase", "value": 11.3, "unit": "%", "baseline": "quý II/2024"}, period=Q3),
    F("chiếm 62%", "62", 62, "percent", "%", "tôm giống từ Ninh Thuận, Bình Thuận", period=Q3),
    F("đạt 9,7 tỷ con", "9,7", 9.7e9, "count", "con", "tổng số tôm giống qua kiểm dịch", percent=74.6,
      target={"value": 13e9, "unit": "con"}, period=L),
    F("xét nghiệm 842 mẫu", "842", 842, "count", "mẫu", "mẫu xét nghiệm", period=LI),
    F("phát hiện 29 mẫu", "29", 29, "count", "mẫu", "mẫu dương tính với bệnh đốm trắng và hoại tử gan tụy cấp", percent=3.44, period=LI),
    F("hơn 24,5 triệu con", "24,5", 24.5e6, "count", "con", "tôm giống không đạt chất lượng bị tiêu hủy", approx="over", period=LI),
    F("kiểm tra 156 lượt", "156", 156, "count", "lượt", "lượt kiểm tra cơ sở kinh doanh tôm giống", period=LI),
    F("Trần Văn Thời (38 lượt)", "38", 38, "count", "lượt", "lượt kiểm tra cơ sở kinh doanh tôm giống", location="Trần Văn Thời", period=LI),
    F("Cái Nước (31 lượt)", "31", 31, "count", "lượt", "lượt kiểm tra cơ sở kinh doanh tôm giống", location="Cái Nước", period=LI),
    F("Đầm Dơi (27 lượt)", "27", 27, "count", "lượt", "lượt kiểm tra cơ sở kinh doanh tôm giống", location="Đầm Dơi", period=LI),
    F("xử phạt 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp vi phạm bị xử phạt", period=LI),
    F("tiền 187,5 triệu đồng", "187,5", 187.5e6, "money", "đồng", "tổng số tiền xử phạt", period=LI),
    F("hai trường hợp", "hai", 2, "count", "trường hợp", "trường hợp bị đình chỉ hoạt động", total=14, period=LI),
    F("có 1.126 trại", "1.126", 1126, "count", "trại", "trại ương dưỡng tôm giống", period=E9),
    F("chỉ 315 trại", "315", 315, "count", "trại", "trại được cấp chứng nhận đủ điều kiện", total=1126, percent=28, period=E9),
    F("tối thiểu 3,3 tỷ con", "3,3", 3.3e9, "count", "con", "tôm giống được kiểm dịch", approx="at_least", status="target", period=Q4),
    F("lên trên 85%", "85", 85, "percent", "%", "tỷ lệ tôm giống thả nuôi qua kiểm dịch", approx="over", status="target", period=Q4),
]

COMMENTS = [
    "Báo Cà Mau (Party newspaper): shrimp seed quarantine, Q3 2024. Byline then bare 'dd/mm/yyyy - hh:mm' dateline; '0 bình luận' furniture.",
    "Distractors: Nghị định số 90/2017/NĐ-CP, Công văn số 1520/CCCNTY, phone 0290.3831.357, 'khóm 5, phường 9', person 'Trần Văn Sáu' (number word in a name).",
    "'tôm giống từ Ninh Thuận, Bình Thuận chiếm 62%': source provinces are not the figure's place (as trade partners); location stays Cà Mau.",
    "9,7 tỷ con: 'bằng 74,6% kế hoạch năm' is its percent, the plan in brackets '(13 tỷ con)' its target (met: not stated).",
    "29 mẫu: no part-of cue after 'Qua xét nghiệm 842 mẫu, phát hiện', so no total. 'hai trường hợp' after 'trong đó' following 14 trường hợp (the money in between is another indicator): total 14.",
    "District list '156 lượt … tại các huyện X (38 lượt) …': items do not add up to 156 and are not all parts, so no total.",
    "'Quý IV' has no year: 2024 from the nearest earlier period. Later sentences in the second and third paragraphs inherit the lũy kế period (not scored).",
]

if __name__ == "__main__":
    build(4, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Cà Mau")
