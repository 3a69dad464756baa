from lib import F, P, I, build

TEXT = """BỘ Y TẾ - CỤC Y TẾ DỰ PHÒNG
Tin hoạt động

Hướng tới mục tiêu không còn người tử vong do bệnh dại vào năm 2030
Thứ Năm, 28/09/2023 - 10:45

Sáng 28/9, tại Hà Nội, Cục Y tế dự phòng phối hợp với Cục Thú y (Bộ Nông nghiệp và Phát triển nông thôn) tổ chức lễ mít tinh hưởng ứng Ngày Thế giới phòng, chống bệnh dại lần thứ 17.

Theo số liệu giám sát, năm 2022 cả nước ghi nhận 82 ca tử vong do bệnh dại tại 30 tỉnh, thành phố. 8 tháng đầu năm 2023, cả nước có 54 ca tử vong, giảm 6 ca so với cùng kỳ năm 2022. Các địa phương có số ca tử vong cao là Gia Lai (9 ca), Đắk Lắk (7 ca), Nghệ An (5 ca) và Điện Biên (4 ca). Giai đoạn 2017-2021, bình quân mỗi năm cả nước có 83 người tử vong do bệnh dại.

Mỗi năm có trên 500 nghìn người phải tiêm vắc xin phòng dại sau phơi nhiễm, với chi phí hơn 1.000 tỷ đồng. Hiện cả nước có 1.245 điểm tiêm phòng dại cho người, tăng gần 150 điểm so với năm 2020.

Theo Cục Thú y, năm 2022 cả nước có khoảng 9,5 triệu con chó, mèo, trong đó 4,56 triệu con được tiêm phòng. Tỷ lệ tiêm phòng chỉ đạt khoảng 48%, trong khi mục tiêu đề ra là trên 70%. Từ đầu năm đến nay, cả nước xảy ra 219 ổ dịch dại trên chó tại 26 tỉnh, thành phố.

Chương trình quốc gia phòng, chống bệnh dại giai đoạn 2022-2030 ban hành kèm theo Quyết định số 1622/QĐ-TTg đặt mục tiêu: đến năm 2025, giảm 50% số ca tử vong do bệnh dại so với giai đoạn 2017-2021; đến năm 2030, tỷ lệ tiêm phòng cho chó đạt trên 70% và không còn người tử vong do bệnh dại.

Cục trưởng Cục Y tế dự phòng đề nghị các địa phương, nhất là 10 tỉnh có số ca tử vong cao nhất, đưa chỉ tiêu tiêm phòng dại vào nghị quyết của HĐND; các cơ sở y tế bảo đảm đủ vắc xin, huyết thanh kháng dại; người dân tuyệt đối không tự điều trị khi bị chó, mèo cắn.
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
M8 = P("8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")
SUBJ = "ca tử vong do bệnh dại"

FIGS = [
    F("lần thứ 17", "17", 17, "count", "lần", optional=True),
    F("ghi nhận 82 ca", "82", 82, "count", "ca", SUBJ, period=Y22),
    F("tại 30 tỉnh", "30", 30, "count", "tỉnh, thành phố", "tỉnh, thành phố có ca tử vong do bệnh dại", period=Y22),
    F("có 54 ca", "54", 54, "count", "ca", "ca tử vong",
      change={"direction": "decrease", "value": 6, "unit": "ca", "baseline": "cùng kỳ năm 2022"}, period=M8),
    F("Gia Lai (9 ca)", "9", 9, "count", "ca", "số ca tử vong", period=I(M8), location="Gia Lai"),
    F("Đắk Lắk (7 ca)", "7", 7, "count", "ca", "số ca tử vong", period=I(M8), location="Đắk Lắk"),
    F("Nghệ An (5 ca)", "5", 5, "count", "ca", "số ca tử vong", period=I(M8), location="Nghệ An"),
    F("Điện Biên (4 ca)", "4", 4, "count", "ca", "số ca tử vong", period=I(M8), location="Điện Biên"),
    F("có 83 người", "83", 83, "count", "người", "người tử vong do bệnh dại bình quân mỗi năm",
      period=P("Giai đoạn 2017-2021", "2017-01-01", "2021-12-31")),
    F("trên 500 nghìn người", "500", 500000, "count", "người", "người phải tiêm vắc xin phòng dại sau phơi nhiễm mỗi năm",
      approx="over"),
    F("hơn 1.000 tỷ", "1.000", 1e12, "money", "đồng", "chi phí tiêm vắc xin phòng dại sau phơi nhiễm mỗi năm", approx="over"),
    F("có 1.245 điểm", "1.245", 1245, "count", "điểm", "điểm tiêm phòng dại cho người",
      change={"direction": "increase", "value": 150, "unit": "điểm", "approx": "nearly", "baseline": "năm 2020"}),
    F("khoảng 9,5 triệu", "9,5", 9.5e6, "count", "con", "chó, mèo", approx="about", period=Y22),
    F("trong đó 4,56 triệu", "4,56", 4.56e6, "count", "con", "chó, mèo được tiêm phòng", total=9.5e6, period=Y22),
    F("đạt khoảng 48%", "48", 48, "percent", "%", "Tỷ lệ tiêm phòng", approx="about",
      target={"value": 70, "unit": "%", "met": False}, period=I(Y22)),
    F("xảy ra 219 ổ dịch", "219", 219, "count", "ổ dịch", "ổ dịch dại trên chó",
      period=P("Từ đầu năm đến nay", "2023-01-01", "2023-09-28")),
    F("tại 26 tỉnh", "26", 26, "count", "tỉnh, thành phố", "tỉnh, thành phố xảy ra ổ dịch dại trên chó",
      period=P("Từ đầu năm đến nay", "2023-01-01", "2023-09-28")),
    F("giảm 50% số ca", "50", 50, "percent", "%", "số ca tử vong do bệnh dại giảm so với giai đoạn 2017-2021", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("chó đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ tiêm phòng cho chó", approx="over", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("nhất là 10 tỉnh", "10", 10, "count", "tỉnh", "tỉnh có số ca tử vong cao nhất", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ Y tế - Cục Y tế dự phòng): World Rabies Day 2023, national figures. Dateline 'Thứ Năm, 28/09/2023 - 10:45'. Location Việt Nam.",
    "Distractors: 'Ngày … 28/9', 'Sáng 28/9', venue 'tại Hà Nội' (not the place of national figures), 'Quyết định số 1622/QĐ-TTg',",
    "'giai đoạn 2022-2030' (programme name), 'năm 2030' in the title (no number of its own). 'lần thứ 17' (edition) optional; '10 tỉnh' (a group label) optional.",
    "List 'Gia Lai (9 ca), …' after the 8-month national total: no part-of cue (own sentence, no trong đó/gồm/colon), so no total; period inherited.",
    "'giảm 6 ca so với cùng kỳ năm 2022' is the change of 54 ca. 'tăng gần 150 điểm so với năm 2020' the change of 1.245 điểm (approx nearly).",
    "'trong đó 4,56 triệu con' part of 'khoảng 9,5 triệu con'. 'Tỷ lệ … đạt khoảng 48%, trong khi mục tiêu đề ra là trên 70%' → target 70, met false (as h01).",
    "Programme targets: 'giảm 50% số ca tử vong' is a rate as the claim (percent figure, no change object), status target; 'đến năm 2030 … trên 70%' target.",
    "'Từ đầu năm đến nay' runs to the dateline 2023-09-28. 'Mỗi năm', 'Hiện' give no period.",
]

if __name__ == "__main__":
    build("p447-4", TEXT, COMMENTS, FIGS, published="2023-09-28", location="Việt Nam")
