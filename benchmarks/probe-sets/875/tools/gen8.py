"""p875-8: Báo Bắc Giang điện tử (provincial newspaper online), headline figure, '(BGĐT) -' tag."""
from lib import F, write, period, inherit, change, target

TEXT = """Báo Bắc Giang điện tử
Thời sự › Pháp luật

Hơn 1.100 lượt người được trợ giúp pháp lý miễn phí trong quý III

Cập nhật lúc 16:05, Thứ Hai, 07/10/2024

(BGĐT) - Quý III/2024, Trung tâm Trợ giúp pháp lý nhà nước tỉnh tổ chức 14 đợt truyền thông, trợ giúp pháp lý lưu động tại 14 xã đặc biệt khó khăn, thu hút 1.126 lượt người tham dự, tăng 23% so với quý II.

Trong quý, Trung tâm thụ lý 97 vụ việc, trong đó 71 vụ việc tham gia tố tụng, 26 vụ việc tư vấn pháp luật. Các huyện có nhiều vụ việc là Lục Ngạn (18 vụ việc), Sơn Động (15 vụ việc) và Lục Nam (12 vụ việc). Tính từ đầu năm đến nay, Trung tâm đã thụ lý 268 vụ việc, đạt 67% kế hoạch năm; 100% vụ việc được thực hiện đúng thời hạn, không có khiếu nại về chất lượng.

Bà Nguyễn Thị Tám, Giám đốc Trung tâm cho biết, đối tượng được trợ giúp chủ yếu là người dân tộc thiểu số, người nghèo và trẻ em; nhiều vụ việc liên quan đến tranh chấp đất rừng tại xã An Lạc, xã Thanh Luận (huyện Sơn Động). Hiện toàn tỉnh có 64 luật sư sinh hoạt tại Đoàn Luật sư tỉnh và 31 tổ chức hành nghề luật sư; trong đó 12 tổ chức đã ký hợp đồng thực hiện trợ giúp pháp lý với Sở Tư pháp.

Quý IV, Trung tâm dự kiến tổ chức thêm 6 đợt trợ giúp pháp lý lưu động; phấn đấu cả năm thụ lý trên 400 vụ việc. Người dân có nhu cầu liên hệ Trung tâm tại số 45 đường Nguyễn Văn Cừ, TP Bắc Giang hoặc qua đường dây nóng 0204.3856.213.

Thu Hương
"""

Q3h = period("trong quý III", "2024-07-01", "2024-09-30")
Q3 = period("Quý III/2024", "2024-07-01", "2024-09-30")
Q3in = period("Trong quý", "2024-07-01", "2024-09-30")
YTD = period("Tính từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
FY = period("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 1.100 lượt", "1.100", 1100, "count", "lượt người", "lượt người được trợ giúp pháp lý miễn phí", Q3h,
      approx="over"),
    F("tổ chức 14 đợt", "14", 14, "count", "đợt", "đợt truyền thông, trợ giúp pháp lý lưu động", Q3),
    F("tại 14 xã", "14", 14, "count", "xã", "xã đặc biệt khó khăn được trợ giúp pháp lý lưu động", Q3),
    F("thu hút 1.126 lượt", "1.126", 1126, "count", "lượt người", "lượt người tham dự", Q3,
      change=change("increase", 23, "%", "quý II")),
    F("thụ lý 97 vụ việc", "97", 97, "count", "vụ việc", "vụ việc thụ lý", Q3in),
    F("đó 71 vụ việc", "71", 71, "count", "vụ việc", "vụ việc tham gia tố tụng", Q3in, total=97),
    F("26 vụ việc", "26", 26, "count", "vụ việc", "vụ việc tư vấn pháp luật", Q3in, total=97),
    F("(18 vụ việc)", "18", 18, "count", "vụ việc", "vụ việc", inherit(Q3in), location="Lục Ngạn"),
    F("(15 vụ việc)", "15", 15, "count", "vụ việc", "vụ việc", inherit(Q3in), location="Sơn Động"),
    F("(12 vụ việc)", "12", 12, "count", "vụ việc", "vụ việc", inherit(Q3in), location="Lục Nam"),
    F("thụ lý 268 vụ việc", "268", 268, "count", "vụ việc", "vụ việc thụ lý", YTD, percent=67),
    F("100% vụ việc", "100", 100, "percent", "%", "vụ việc được thực hiện đúng thời hạn", YTD),
    F("có 64 luật sư", "64", 64, "count", "luật sư", "luật sư sinh hoạt tại Đoàn Luật sư tỉnh"),
    F("và 31 tổ chức", "31", 31, "count", "tổ chức", "tổ chức hành nghề luật sư"),
    F("đó 12 tổ chức", "12", 12, "count", "tổ chức", "tổ chức đã ký hợp đồng thực hiện trợ giúp pháp lý", total=31),
    F("thêm 6 đợt", "6", 6, "count", "đợt", "đợt trợ giúp pháp lý lưu động tổ chức thêm", Q4, status="forecast"),
    F("trên 400 vụ việc", "400", 400, "count", "vụ việc", "vụ việc thụ lý cả năm", FY, approx="over",
      status="target"),
]

NOTES = [
    "p875-8 — Báo Bắc Giang điện tử (provincial paper online), headline figure, 'Cập nhật lúc 16:05, Thứ Hai,",
    "07/10/2024', '(BGĐT) -' tag; the province is named only as the paper's and the city's name and the districts.",
    "Headline 'trong quý III' takes the year of published (2024). 'Trong quý' = quý III/2024 (scored, own sentence).",
    "71 + 26 = 97 after 'trong đó' → total 97; the district list (18+15+12 ≠ 97, 'nhiều vụ việc') → no total.",
    "'Tính từ đầu năm đến nay' ends at the dateline 2024-10-07. 'đạt 67% kế hoạch năm' → percent of 268.",
    "'dự kiến tổ chức thêm 6 đợt' → forecast; '; phấn đấu cả năm … trên 400' → target (its own cue).",
    "Distractors: Nguyễn Thị Tám (name), số 45 đường Nguyễn Văn Cừ, 0204.3856.213, 16:05, Thứ Hai.",
]

if __name__ == "__main__":
    write("p875-8", TEXT, NOTES, FIGS, published="2024-10-07", location="Bắc Giang")
