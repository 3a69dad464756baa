from lib import F, P, C, T, write

TEXT = """Nghệ An: Kiểm tra 142 cơ sở kinh doanh vàng, xử phạt hơn 1,3 tỷ đồng
Cập nhật: 08/11/2024 14:32

(Cổng TTĐT Nghệ An) - Từ đầu năm đến nay, Cục Quản lý thị trường tỉnh Nghệ An đã chủ trì, phối hợp với Công an tỉnh và Ngân hàng Nhà nước chi nhánh tỉnh kiểm tra 142 cơ sở kinh doanh vàng trên địa bàn, phát hiện 57 cơ sở vi phạm, chiếm 40,1% số cơ sở được kiểm tra. Tổng số tiền xử phạt vi phạm hành chính hơn 1,3 tỷ đồng, tăng 26% so với cùng kỳ năm 2023; trị giá hàng hóa tịch thu gần 860 triệu đồng.

Trong số 57 cơ sở vi phạm, 31 cơ sở không niêm yết giá mua, giá bán vàng; 14 cơ sở kinh doanh vàng trang sức, mỹ nghệ không đảm bảo hàm lượng vàng như đã công bố; 12 cơ sở không xuất trình được hóa đơn, chứng từ chứng minh nguồn gốc hàng hóa. Lực lượng chức năng đã tạm giữ 3,6 kg vàng trang sức các loại để xác minh.

Các địa bàn có nhiều cơ sở vi phạm là thành phố Vinh (18 cơ sở), thị xã Hoàng Mai (9 cơ sở), huyện Diễn Châu (7 cơ sở) và huyện Quỳnh Lưu (6 cơ sở).

Hiện toàn tỉnh có 415 cơ sở kinh doanh vàng, trong đó chỉ có 6 doanh nghiệp được Ngân hàng Nhà nước cấp giấy phép kinh doanh mua, bán vàng miếng theo Nghị định số 24/2012/NĐ-CP.

Theo kế hoạch, đến hết năm 2024, lực lượng quản lý thị trường sẽ kiểm tra tối thiểu 200 lượt cơ sở kinh doanh vàng, bảo đảm 100% cơ sở sản xuất vàng trang sức được kiểm tra định lượng vàng ít nhất một lần. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0238.3592.246 hoặc trực tiếp tại trụ sở Cục Quản lý thị trường, số 62 đường Trường Thi, thành phố Vinh.

Thu Hiền
"""

Y = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-08")
Yi = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-08", inherited=True)
SUBJ_V = "cơ sở kinh doanh vàng vi phạm"
FIG = [
    F("Kiểm tra 142 cơ sở", "142", 142, "count", "cơ sở kinh doanh vàng", "cơ sở kinh doanh vàng được kiểm tra"),
    F("xử phạt hơn 1,3 tỷ đồng\n", "1,3", 1300000000, "money", "đồng", "tiền xử phạt", approx="over"),
    F("kiểm tra 142 cơ sở kinh doanh vàng trên", "142", 142, "count", "cơ sở kinh doanh vàng",
      "cơ sở kinh doanh vàng được kiểm tra", Y),
    F("phát hiện 57 cơ sở", "57", 57, "count", "cơ sở", "cơ sở vi phạm", Y, percent=40.1),
    F("hành chính hơn 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", Yi, approx="over",
      change=C("increase", 26, "%", "cùng kỳ năm 2023")),
    F("tịch thu gần 860 triệu đồng", "860", 860000000, "money", "đồng",
      "trị giá hàng hóa tịch thu", Yi, approx="nearly"),
    F("Trong số 57 cơ sở", "57", 57, "count", "cơ sở", SUBJ_V, Yi, optional=True),
    F("vi phạm, 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở không niêm yết giá mua, giá bán vàng",
      Yi, total=57),
    F("vàng; 14 cơ sở", "14", 14, "count", "cơ sở",
      "cơ sở kinh doanh vàng trang sức, mỹ nghệ không đảm bảo hàm lượng vàng như đã công bố", Yi, total=57),
    F("công bố; 12 cơ sở", "12", 12, "count", "cơ sở",
      "cơ sở không xuất trình được hóa đơn, chứng từ chứng minh nguồn gốc hàng hóa", Yi, total=57),
    F("tạm giữ 3,6 kg", "3,6", 3.6, "measure", "kg", "vàng trang sức tạm giữ", Yi),
    F("Vinh (18 cơ sở)", "18", 18, "count", "cơ sở", SUBJ_V, Yi, location="Vinh"),
    F("Hoàng Mai (9 cơ sở)", "9", 9, "count", "cơ sở", SUBJ_V, Yi, location="Hoàng Mai"),
    F("Diễn Châu (7 cơ sở)", "7", 7, "count", "cơ sở", SUBJ_V, Yi, location="Diễn Châu"),
    F("Quỳnh Lưu (6 cơ sở)", "6", 6, "count", "cơ sở", SUBJ_V, Yi, location="Quỳnh Lưu"),
    F("có 415 cơ sở", "415", 415, "count", "cơ sở kinh doanh vàng", "cơ sở kinh doanh vàng"),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      "doanh nghiệp được cấp giấy phép kinh doanh mua, bán vàng miếng", total=415),
    F("tối thiểu 200 lượt", "200", 200, "count", "lượt cơ sở kinh doanh vàng",
      "lượt cơ sở kinh doanh vàng được kiểm tra",
      P("đến hết năm 2024", None, "2024-12-31"), approx="at_least", status="target"),
    F("bảo đảm 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở sản xuất vàng trang sức được kiểm tra định lượng vàng",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
    F("ít nhất một lần", "một", 1, "count", "lần", approx="at_least", optional=True),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT Nghệ An): inspections of gold shops by the market-surveillance department, 'từ đầu năm đến nay' 2024.",
    "Dateline 'Cập nhật: 08/11/2024 14:32'. 'Từ đầu năm đến nay' = 2024-01-01 … dateline; the year is confirmed by 'cùng kỳ năm 2023'.",
    "'kiểm tra 142 …, phát hiện 57 …': no part-of cue, so no total; 'chiếm 40,1%' is the 57's percent. 'Trong số 57 cơ sở vi phạm, 31 …; 14 …; 12 …' gives total 57.",
    "The repeated '57' after 'Trong số' restates the whole (optional). District list: districts go to location, subject is the list's indicator.",
    "'Hiện toàn tỉnh có 415 …, trong đó … 6 doanh nghiệp' gives total 415 (no period: 'Hiện' is not dated).",
    "Targets 'Theo kế hoạch, đến hết năm 2024 … tối thiểu 200 lượt', '100% cơ sở' → status target; 'ít nhất một lần' (a rule) optional.",
    "Distractors: 'Nghị định số 24/2012/NĐ-CP', hotline 0238.3592.246, address 'số 62 đường Trường Thi', dateline time 14:32.",
]

write("p262-2", TEXT, FIG, COMMENTS, published="2024-11-08", location="Nghệ An")
