"""p1437-1: province portal (Đồng Nai): bailiff offices, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Cải cách tư pháp

Đồng Nai: 9 tháng, các văn phòng thừa phát lại lập gần 18.000 vi bằng

Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.862

Theo Sở Tư pháp, 9 tháng đầu năm 2024, 11 văn phòng thừa phát lại trên địa bàn tỉnh Đồng Nai đã lập 17.846 vi bằng, tăng 12,4% so với cùng kỳ năm 2023. Số vi bằng đã đăng ký tại Sở Tư pháp là 17.790 vi bằng, đạt 99,7%.

Trong 9 tháng, các văn phòng tống đạt 52.318 văn bản theo yêu cầu của Tòa án và cơ quan thi hành án dân sự, trong đó cho Tòa án nhân dân các cấp 41.205 văn bản, cho các cơ quan thi hành án dân sự 11.113 văn bản. Ngoài ra, các văn phòng xác minh điều kiện thi hành án 326 việc, trực tiếp tổ chức thi hành 18 việc theo yêu cầu của đương sự với tổng giá trị hơn 21 tỷ đồng.

Tổng doanh thu của các văn phòng 9 tháng ước đạt 46,5 tỷ đồng, bằng 81% kế hoạch năm. Từ đầu năm đến nay, các văn phòng đã nộp thuế khoảng 3,2 tỷ đồng.

Toàn tỉnh hiện có 46 thừa phát lại đang hành nghề (tăng 5 người so với cuối năm 2023) và 83 thư ký nghiệp vụ. Riêng TP Biên Hòa có 6 văn phòng, chiếm 54,5% số văn phòng của tỉnh. Chi phí lập mỗi vi bằng phổ biến từ 2 đến 5 triệu đồng, tùy nội dung và thời gian thực hiện.

Quý IV/2024, Sở Tư pháp phấn đấu cùng các văn phòng lập thêm khoảng 6.000 vi bằng, đưa tổng số vi bằng cả năm lên trên 24.000 vi bằng. Người dân cần hỗ trợ có thể liên hệ Phòng Bổ trợ tư pháp, Sở Tư pháp, số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa, điện thoại 0251.3822.517.

Tin liên quan:
- Đồng Nai kiểm tra hoạt động của Văn phòng Thừa phát lại Long Thành
- Tập huấn Nghị định số 08/2020/NĐ-CP cho thư ký nghiệp vụ năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_IN = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV/2024", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("lập gần 18.000 vi bằng", "18.000", 18000, "count", "vi bằng", approx="nearly",
        subject="vi bằng các văn phòng thừa phát lại lập", period=NINE_H),
    fig("2024, 11 văn phòng", "11", 11, "count", "văn phòng",
        subject="văn phòng thừa phát lại trên địa bàn tỉnh", period=NINE),
    fig("lập 17.846 vi bằng", "17.846", 17846, "count", "vi bằng",
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="vi bằng các văn phòng thừa phát lại đã lập", period=NINE),
    fig("là 17.790 vi bằng", "17.790", 17790, "count", "vi bằng", percent=99.7,
        subject="vi bằng đã đăng ký tại Sở Tư pháp", period=inh(NINE)),
    fig("tống đạt 52.318 văn bản", "52.318", 52318, "count", "văn bản",
        subject="văn bản các văn phòng tống đạt theo yêu cầu của Tòa án và cơ quan thi hành án dân sự",
        period=NINE_IN),
    fig("các cấp 41.205 văn bản", "41.205", 41205, "count", "văn bản", total=52318,
        subject="văn bản tống đạt cho Tòa án nhân dân các cấp", period=NINE_IN),
    fig("dân sự 11.113 văn bản", "11.113", 11113, "count", "văn bản", total=52318,
        subject="văn bản tống đạt cho các cơ quan thi hành án dân sự", period=NINE_IN),
    fig("thi hành án 326 việc", "326", 326, "count", "việc",
        subject="việc xác minh điều kiện thi hành án", period=inh(NINE_IN)),
    fig("thi hành 18 việc", "18", 18, "count", "việc",
        subject="việc trực tiếp tổ chức thi hành theo yêu cầu của đương sự", period=inh(NINE_IN)),
    fig("hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", approx="over",
        subject="tổng giá trị các việc tổ chức thi hành", period=inh(NINE_IN)),
    fig("ước đạt 46,5 tỷ đồng", "46,5", 46.5e9, "money", "đồng", status="estimate", percent=81,
        subject="tổng doanh thu của các văn phòng", period=NINE_H),
    fig("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", approx="about",
        subject="thuế các văn phòng đã nộp", period=YTD),
    fig("có 46 thừa phát lại", "46", 46, "count", "thừa phát lại",
        change=chg("increase", 5, "người", "cuối năm 2023"),
        subject="thừa phát lại đang hành nghề"),
    fig("và 83 thư ký", "83", 83, "count", "thư ký nghiệp vụ", subject="thư ký nghiệp vụ"),
    fig("có 6 văn phòng", "6", 6, "count", "văn phòng", percent=54.5,
        subject="văn phòng thừa phát lại", location="Biên Hòa"),
    fig("từ 2 đến 5 triệu", "2", 2e6, "money", "đồng/vi bằng", value_max=5e6,
        subject="chi phí lập mỗi vi bằng"),
    fig("khoảng 6.000 vi bằng", "6.000", 6000, "count", "vi bằng", approx="about", status="target",
        subject="vi bằng lập thêm", period=Q4),
    fig("trên 24.000 vi bằng", "24.000", 24000, "count", "vi bằng", approx="over", status="target",
        subject="tổng số vi bằng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Đồng Nai): bailiff offices' results for 9 months of 2024; 'Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.862'.",
    "Distractors: 09:45, Lượt xem 1.862, 'số 2 đường Nguyễn Văn Trị', phone 0251.3822.517, Nghị định số 08/2020/NĐ-CP, 'năm 2024' in a link.",
    "Headline '9 tháng' (no year) takes 2024 from the dateline. 'trong đó' parts 41.205 + 11.113 = 52.318 (total).",
    "'đạt 99,7%' after 17.790 and 'bằng 81% kế hoạch năm' after 46,5 tỷ are percent attributes; '(tăng 5 người so với cuối năm 2023)' is the 46's change.",
    "'Riêng TP Biên Hòa có 6 văn phòng' is located in Biên Hòa. 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'phấn đấu' governs both clauses of the Quý IV sentence (target); 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1437-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Đồng Nai")
