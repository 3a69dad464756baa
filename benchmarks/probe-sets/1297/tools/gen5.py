"""p1297-5: provincial Party newspaper (Báo Vĩnh Long, tag '(VLO) -'): backlog of GCN files in huyện Tam Bình."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO VĨNH LONG
Thời sự | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Pháp luật

Tam Bình giải quyết dứt điểm hồ sơ cấp giấy chứng nhận tồn đọng

Thứ Năm, 14/11/2024 | 07:35

Sau 10 tháng triển khai, huyện Tam Bình đã giải quyết 2.860/3.140 hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng từ nhiều năm trước.

(VLO) - Theo Phòng Tài nguyên và Môi trường huyện Tam Bình, tính đến ngày 31/12/2023, toàn huyện còn 3.140 hồ sơ cấp giấy chứng nhận quyền sử dụng đất (GCN) tồn đọng, phần lớn do sai lệch ranh giới, diện tích giữa thực tế và bản đồ địa chính đo vẽ năm 1998. Trong 10 tháng năm 2024, huyện đã giải quyết 2.860 hồ sơ, đạt 91,1%. Hiện còn 280 hồ sơ đang được rà soát, thẩm định.

Ông Trần Minh Khoa - Trưởng phòng Tài nguyên và Môi trường huyện cho biết, huyện đã thành lập 17 tổ công tác tại 17 xã, thị trấn, mỗi tổ từ 4 đến 5 người, đến từng hộ để đo đạc, xác định lại ranh giới thửa đất. Nhờ đó, thời gian giải quyết mỗi hồ sơ rút ngắn từ 30 ngày xuống còn 12 ngày.

Năm nay, huyện cấp mới 1.245 GCN cho hộ gia đình, cá nhân, vượt 3,8% kế hoạch năm; diện tích được cấp gần 312 ha. Riêng xã Long Phú có hơn hai chục hộ được cấp giấy lần đầu sau khi hòa giải thành tranh chấp ranh đất. Với kết quả này, Tam Bình xếp thứ 2/8 huyện, thị xã, thành phố trong tỉnh về tỷ lệ giải quyết hồ sơ đất đai đúng hạn.

Năm 2025, huyện phấn đấu cấp khoảng 1.500 GCN, đưa tỷ lệ diện tích đã cấp giấy lần đầu lên 99%.

NGỌC TRÂN

Tin cùng chuyên mục:
- Vĩnh Long: Triển khai Nghị định 102/2024/NĐ-CP hướng dẫn Luật Đất đai
"""

ASOF = per("tính đến ngày 31/12/2023", None, "2023-12-31")
M10 = per("Trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
NAMNAY = per("Năm nay", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("giải quyết 2.860/3.140", "2.860", 2860, "count", "hồ sơ", total=3140,
        subject="hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng đã giải quyết"),
    fig("còn 3.140 hồ sơ", "3.140", 3140, "count", "hồ sơ", subject="hồ sơ cấp GCN tồn đọng", period=ASOF),
    fig("giải quyết 2.860 hồ sơ,", "2.860", 2860, "count", "hồ sơ", percent=91.1,
        subject="hồ sơ tồn đọng đã giải quyết", period=M10),
    fig("còn 280 hồ sơ", "280", 280, "count", "hồ sơ", subject="hồ sơ đang được rà soát, thẩm định"),
    fig("thành lập 17 tổ", "17", 17, "count", "tổ công tác", subject="tổ công tác huyện thành lập"),
    fig("tại 17 xã", "17", 17, "count", "xã, thị trấn", subject="xã, thị trấn có tổ công tác"),
    fig("từ 4 đến 5 người", "4", 4, "measure", "người/tổ", value_max=5, subject="số người mỗi tổ công tác"),
    fig("từ 30 ngày", "30", 30, "measure", "ngày", subject="thời gian giải quyết mỗi hồ sơ trước đây",
        optional=True),
    fig("còn 12 ngày", "12", 12, "measure", "ngày", subject="thời gian giải quyết mỗi hồ sơ"),
    fig("cấp mới 1.245 GCN", "1.245", 1245, "count", "GCN", change=chg("increase", 3.8, "%", "kế hoạch năm"),
        subject="GCN cấp mới cho hộ gia đình, cá nhân", period=NAMNAY),
    fig("gần 312 ha", "312", 312, "measure", "ha", approx="nearly", subject="diện tích được cấp GCN",
        period=NAMNAY),
    fig("hơn hai chục hộ", "hai chục", 20, "count", "hộ", approx="over",
        subject="hộ được cấp giấy lần đầu sau khi hòa giải thành tranh chấp ranh đất",
        period=inh(NAMNAY), location="Long Phú"),
    fig("xếp thứ 2/8", "2", 2, "rank", "hạng", total=8,
        subject="tỷ lệ giải quyết hồ sơ đất đai đúng hạn"),
    fig("khoảng 1.500 GCN", "1.500", 1500, "count", "GCN", approx="about", status="target",
        subject="GCN huyện cấp", period=Y25),
    fig("lên 99%", "99", 99, "percent", "%", status="target", subject="tỷ lệ diện tích đã cấp giấy lần đầu",
        period=Y25),
]

NOTES = [
    "Provincial Party newspaper (Báo Vĩnh Long): menu, 'Thứ Năm, 14/11/2024 | 07:35' gives published, sapo, tag '(VLO) -', byline.",
    "Distractors: 07:35, 'Sau 10 tháng triển khai' (a duration), 'đo vẽ năm 1998', 'Nghị định 102/2024/NĐ-CP'.",
    "Default location Tam Bình (the district the article is about). The commune passage 'xã Long Phú' gets location Long Phú.",
    "Sapo '2.860/3.140 hồ sơ' → total 3.140; the sapo's only time phrase is a duration, so no period (not scored).",
    "Body 2.860 'đạt 91,1%' → percent; no cue links it to 3.140 in the previous sentence. 'Hiện còn 280' has no period.",
    "'mỗi tổ từ 4 đến 5 người' is a rate (measure 'người/tổ', range). 'rút ngắn từ 30 ngày xuống còn 12 ngày': 12 ngày is the",
    "figure; the old value 30 ngày is optional (a reader may count it as a fact of its own or as the baseline of the change).",
    "1.245 'vượt 3,8% kế hoạch năm' → change (increase 3,8%, baseline kế hoạch năm). 'Năm nay' = 2024 (dateline).",
    "'hơn hai chục hộ' = over 20 (number words). 'xếp thứ 2/8 huyện, thị xã, thành phố' → rank 2, total 8.",
    "'Năm 2025 ... phấn đấu' governs both clauses → target.",
]

if __name__ == "__main__":
    write("p1297-5", TEXT, NOTES, FIGS, published="2024-11-14", location="Tam Bình")
