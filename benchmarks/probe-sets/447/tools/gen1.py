from lib import F, P, I, build

TEXT = """Cổng Thông tin điện tử tỉnh Bình Định
Nông nghiệp - Nông thôn

Bình Định: Tiêm phòng dại cho hơn 146 nghìn con chó, mèo trong 9 tháng năm 2024
Cập nhật: 14/10/2024 09:12
Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, toàn tỉnh đã tiêm phòng vắc xin dại cho 146.285 con chó, mèo, đạt 71,4% tổng đàn, tăng 8,2% so với cùng kỳ năm 2023. Trong đó, đàn chó được tiêm 128.940 con, đàn mèo 17.345 con. Kế hoạch năm 2024 theo Quyết định số 1425/QĐ-UBND ngày 12/3/2024 của UBND tỉnh là tiêm phòng cho ít nhất 80% tổng đàn chó, mèo (khoảng 165.000 con).

Các địa phương có tỷ lệ tiêm phòng cao là thị xã Hoài Nhơn (86,5%), huyện Tây Sơn (82,1%) và thành phố Quy Nhơn (79,6%); thấp nhất là các huyện miền núi An Lão (48,3%), Vĩnh Thạnh (51,7%) và Vân Canh (55,2%).

Từ đầu năm đến nay, toàn tỉnh ghi nhận 3 ổ dịch dại trên động vật, giảm 4 ổ dịch so với cùng kỳ, tại các huyện Phù Mỹ và Hoài Ân; có 2 người tử vong do bệnh dại, cả hai đều không tiêm vắc xin sau khi bị chó cắn. Ngành Y tế đã xử lý vết thương và tiêm vắc xin phòng dại cho 9.874 người bị chó, mèo cắn, cào.

Để đạt chỉ tiêu, tỉnh đã cấp 60.000 liều vắc xin dại từ ngân sách với kinh phí gần 1,1 tỷ đồng, ưu tiên các huyện miền núi; đồng thời yêu cầu UBND các huyện, thị xã, thành phố tổ chức đợt tiêm bổ sung từ ngày 15/10 đến 30/11/2024, phấn đấu đến cuối năm tỷ lệ tiêm phòng toàn tỉnh đạt trên 80%.

Người dân phát hiện chó, mèo có biểu hiện nghi mắc bệnh dại đề nghị báo ngay cho chính quyền địa phương hoặc Chi cục Chăn nuôi và Thú y qua số điện thoại 0256.3822.491.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
SUBJ = "tỷ lệ tiêm phòng"

FIGS = [
    F("hơn 146 nghìn con", "146", 146000, "count", "con", "chó, mèo được tiêm phòng dại", approx="over",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("cho 146.285 con", "146.285", 146285, "count", "con", "chó, mèo được tiêm phòng vắc xin dại",
      percent=71.4, change={"direction": "increase", "value": 8.2, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      period=N9),
    F("tiêm 128.940 con", "128.940", 128940, "count", "con", "đàn chó được tiêm", total=146285, period=I(N9)),
    F("mèo 17.345 con", "17.345", 17345, "count", "con", "đàn mèo được tiêm", total=146285, period=I(N9)),
    F("ít nhất 80%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng tổng đàn chó, mèo", approx="at_least",
      status="target", period=Y24),
    F("(khoảng 165.000 con)", "165.000", 165000, "count", "con", "chó, mèo được tiêm phòng", approx="about",
      status="target", period=Y24),
    F("Hoài Nhơn (86,5%)", "86,5", 86.5, "percent", "%", SUBJ, period=I(N9), location="Hoài Nhơn"),
    F("Tây Sơn (82,1%)", "82,1", 82.1, "percent", "%", SUBJ, period=I(N9), location="Tây Sơn"),
    F("Quy Nhơn (79,6%)", "79,6", 79.6, "percent", "%", SUBJ, period=I(N9), location="Quy Nhơn"),
    F("An Lão (48,3%)", "48,3", 48.3, "percent", "%", SUBJ, period=I(N9), location="An Lão"),
    F("Vĩnh Thạnh (51,7%)", "51,7", 51.7, "percent", "%", SUBJ, period=I(N9), location="Vĩnh Thạnh"),
    F("Vân Canh (55,2%)", "55,2", 55.2, "percent", "%", SUBJ, period=I(N9), location="Vân Canh"),
    F("ghi nhận 3 ổ dịch", "3", 3, "count", "ổ dịch", "ổ dịch dại trên động vật",
      change={"direction": "decrease", "value": 4, "unit": "ổ dịch", "baseline": "cùng kỳ"}, period=YTD),
    F("có 2 người tử vong", "2", 2, "count", "người", "người tử vong do bệnh dại", period=YTD),
    F("cả hai đều", "hai", 2, "count", "người", optional=True),
    F("cho 9.874 người", "9.874", 9874, "count", "người", "người bị chó, mèo cắn, cào được xử lý vết thương và tiêm vắc xin phòng dại",
      period=I(YTD)),
    F("cấp 60.000 liều", "60.000", 60000, "count", "liều", "vắc xin dại cấp từ ngân sách"),
    F("gần 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "kinh phí cấp vắc xin dại từ ngân sách", approx="nearly"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng toàn tỉnh", approx="over", status="target",
      period=P("đến cuối năm", None, "2024-12-31")),
]

COMMENTS = [
    "Province portal (Cổng TTĐT tỉnh Bình Định): rabies vaccination of dogs and cats, 9 months of 2024. Dateline 'Cập nhật: 14/10/2024 09:12'.",
    "Distractors: 'Lượt xem: 2.317' (counter), 'Quyết định số 1425/QĐ-UBND ngày 12/3/2024', dates 15/10 – 30/11/2024, phone 0256.3822.491.",
    "Headline 'hơn 146 nghìn con' restates the count (multiplier nghìn, approx over). 146.285 carries its share (đạt 71,4%) and change (tăng 8,2% so với cùng kỳ).",
    "'Trong đó' dogs + cats add up to 146.285: total. The 2024 plan 'ít nhất 80% … (khoảng 165.000 con)' gives two target figures (not attributes of",
    "the 9-month result: the plan is stated in its own sentence, as a plan). District list: places in location, subject 'tỷ lệ tiêm phòng', period inherited.",
    "'Từ đầu năm đến nay' runs to the dateline. 'giảm 4 ổ dịch so với cùng kỳ' is the change of 3 ổ dịch (unit ổ dịch). 'cả hai' (both) restates the 2 deaths: optional (as 'cả 2 khối' in shared h29).",
    "'đến cuối năm … đạt trên 80%' is a target figure (over), as-of end of 2024.",
]

if __name__ == "__main__":
    build("p447-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Bình Định")
