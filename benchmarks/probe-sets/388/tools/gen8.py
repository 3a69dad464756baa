from lib import F, P, Y, build

ROWS = [
    ("TP Hạ Long", "Hạ Long", "82,14", "85,37", "1"),
    ("TP Móng Cái", "Móng Cái", "80,52", "84,06", "2"),
    ("Thị xã Quảng Yên", "Quảng Yên", "78,90", "83,11", "3"),
    ("Huyện Vân Đồn", "Vân Đồn", "79,35", "81,72", "4"),
    ("Huyện Bình Liêu", "Bình Liêu", "74,08", "77,45", "13"),
]
TABLE = "Địa phương\tNăm 2022\tNăm 2023\tXếp hạng 2023\n" + "\n".join("\t".join([r, a, b, k]) for r, _, a, b, k in ROWS)

TEXT = """Quảng Ninh: Lắng nghe để đồng hành cùng doanh nghiệp

6 tháng đầu năm, Trung tâm Hỗ trợ doanh nghiệp tỉnh Quảng Ninh đã tiếp nhận 236 lượt yêu cầu hỗ trợ, tăng 14% so với cùng kỳ năm 2023; trong đó yêu cầu về thủ tục đầu tư, đất đai chiếm 38%, về thuế và hải quan chiếm 21%.

Tỉnh duy trì đều đặn chương trình "Cà phê doanh nhân" vào sáng thứ Sáu cuối tháng; từ năm 2022 đến nay đã tổ chức 21 kỳ, tiếp nhận 147 ý kiến, kiến nghị, trong đó đã trả lời, xử lý 139 ý kiến, đạt 94,6%.

Kết quả Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2023 cho thấy khối địa phương cải thiện rõ rệt (đơn vị tính: điểm):

""" + TABLE + """

Ở khối sở, ngành, Sở Tư pháp dẫn đầu với 86,02 điểm, Ban Quản lý Khu kinh tế xếp thứ hai (84,77 điểm). Tỷ lệ doanh nghiệp đánh giá cán bộ nhiệt tình, thân thiện đạt 89,3%, cao hơn 4,2 điểm phần trăm so với năm trước.

Về tiếp cận vốn, trong 6 tháng đầu năm 2024, Quỹ Bảo lãnh tín dụng tỉnh đã bảo lãnh cho 8 doanh nghiệp vay tổng cộng 52,3 tỷ đồng, gấp 1,5 lần cùng kỳ. Mục tiêu cả năm là bảo lãnh 120 tỷ đồng cho khoảng 20 doanh nghiệp.

Theo ông Trần Quang Huy, Giám đốc Trung tâm, doanh nghiệp có thể gửi yêu cầu qua Tổng đài 1900.558.826 hoặc trực tiếp tại tầng 2, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long.

HOÀNG QUÝ
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
SINCE = P("từ năm 2022 đến nay", "2022-01-01", None)
Y23i = Y(2023, inh=True)
H24 = P("trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
CN = Y(2024, "cả năm")

FIGS = [
    F("tiếp nhận 236 lượt", "236", 236, "count", "lượt yêu cầu hỗ trợ", "lượt yêu cầu hỗ trợ Trung tâm Hỗ trợ doanh nghiệp tiếp nhận",
      change={"direction": "increase", "value": 14, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("chiếm 38%", "38", 38, "percent", "%", "yêu cầu về thủ tục đầu tư, đất đai", period=H1),
    F("chiếm 21%", "21", 21, "percent", "%", "yêu cầu về thuế và hải quan", period=H1),
    F("tổ chức 21 kỳ", "21", 21, "count", "kỳ", "kỳ Cà phê doanh nhân", period=SINCE),
    F("nhận 147 ý kiến", "147", 147, "count", "ý kiến, kiến nghị", "ý kiến, kiến nghị tiếp nhận", period=SINCE),
    F("xử lý 139 ý kiến", "139", 139, "count", "ý kiến", "ý kiến đã trả lời, xử lý", total=147, percent=94.6, period=SINCE),
]
for r, loc, a, b, k in ROWS:
    FIGS.append(F(f"{r}\t{a}", a, float(a.replace(",", ".")), "measure", "điểm", "Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2022", location=loc,
                  period=Y(2022, "Năm 2022")))
    FIGS.append(F(f"{a}\t{b}", b, float(b.replace(",", ".")), "measure", "điểm", "Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2023", location=loc,
                  period=Y(2023, "Năm 2023")))
    FIGS.append(F(f"{b}\t{k}\n" if k != "13" else f"{b}\t{k}", k, int(k), "rank", "hạng", "Xếp hạng Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) 2023", location=loc,
                  period=Y(2023, "Xếp hạng 2023")))
FIGS += [
    F("với 86,02 điểm", "86,02", 86.02, "measure", "điểm", "DDCI khối sở, ngành", period=Y23i),
    F("thứ hai (84,77", "hai", 2, "rank", "hạng", "DDCI khối sở, ngành", period=Y23i),
    F("(84,77 điểm)", "84,77", 84.77, "measure", "điểm", "DDCI khối sở, ngành", period=Y23i),
    F("đạt 89,3%", "89,3", 89.3, "percent", "%", "Tỷ lệ doanh nghiệp đánh giá cán bộ nhiệt tình, thân thiện",
      change={"direction": "increase", "value": 4.2, "unit": "điểm phần trăm", "baseline": "năm trước"}, period=Y23i),
    F("cho 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", "doanh nghiệp được Quỹ Bảo lãnh tín dụng bảo lãnh", period=H24),
    F("cộng 52,3 tỷ", "52,3", 52.3e9, "money", "đồng", "vốn vay được bảo lãnh",
      change={"direction": "increase", "value": 1.5, "unit": "lần", "baseline": "cùng kỳ"}, period=H24),
    F("bảo lãnh 120 tỷ", "120", 120e9, "money", "đồng", "số tiền bảo lãnh", status="target", period=CN),
    F("khoảng 20 doanh", "20", 20, "count", "doanh nghiệp", "doanh nghiệp được bảo lãnh", approx="about", status="target",
      period=CN),
]

COMMENTS = [
    "Báo Quảng Ninh style feature without any date (published null); byline at the end. SME support centre, 'Cà phê doanh nhân' dialogue,",
    "DDCI 2023 in a tab-separated table, credit guarantee fund. Location Quảng Ninh; table rows are districts/towns (location).",
    "'6 tháng đầu năm' at the start has no year and no earlier period; the article is undated, so the baseline 'cùng kỳ năm 2023' implies 2024.",
    "'trong đó … chiếm 38%, … chiếm 21%': shares of parts with no count of their own → percent figures (a percent has no total).",
    "'từ năm 2022 đến nay' with no dateline: start 2022-01-01, end null. '147 …, trong đó … 139 ý kiến, đạt 94,6%': total 147, percent 94.6.",
    "Distractors: 'thứ Sáu' (weekday), 'DDCI năm 2023' heading year, phone '1900.558.826', 'tầng 2', 'Trụ sở Liên cơ quan số 3', 'phường Hồng Hà'.",
    "Tab table: scores measure/điểm from '(đơn vị tính: điểm)', ranks rank/hạng; period from column headers (Năm 2022, Năm 2023, Xếp hạng 2023).",
    "Department list ('Sở Tư pháp dẫn đầu với 86,02 điểm, Ban Quản lý … xếp thứ hai (84,77 điểm)'): departments are not places; subject the index.",
    "'cao hơn 4,2 điểm phần trăm so với năm trước' = change of 89,3%. 'gấp 1,5 lần cùng kỳ' = change (lần) of 52,3 tỷ.",
    "'Mục tiêu cả năm …': targets, 'cả năm' = 2024 (nearest earlier period '6 tháng đầu năm 2024').",
    "revised after the first run: table subjects name the index as the caption does (full name + DDCI), as p388-3 does for PCI.",
]

if __name__ == "__main__":
    build("p388-8", TEXT, COMMENTS, FIGS, published=None, location="Quảng Ninh")
