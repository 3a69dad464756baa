"""p577-2: huyện Hoằng Hóa (Thanh Hóa) district portal — inspections of drug retail outlets, Q1/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA

Kiểm tra 128 cơ sở hành nghề dược trong quý I/2024

Thứ Tư, 17/04/2024 - 09:20

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2024 của UBND huyện, trong quý I/2024, Đoàn kiểm tra liên ngành huyện Hoằng Hóa đã kiểm tra 128 cơ sở hành nghề dược, trong đó có 31 nhà thuốc, 84 quầy thuốc và 13 cơ sở bán lẻ dược liệu, thuốc cổ truyền.

Qua kiểm tra, đoàn phát hiện 19 cơ sở vi phạm, chiếm 14,8% số cơ sở được kiểm tra, giảm 5 cơ sở so với cùng kỳ năm 2023. Đoàn đã lập biên bản xử phạt 11 cơ sở với số tiền 96,5 triệu đồng; nhắc nhở, yêu cầu khắc phục 8 cơ sở. Đoàn cũng tiêu hủy gần 2.300 viên thuốc hết hạn sử dụng và khoảng 40 kg dược liệu không rõ nguồn gốc.

Đoàn đã lấy 24 mẫu thuốc gửi Trung tâm Kiểm nghiệm tỉnh; kết quả 23/24 mẫu đạt chất lượng, 1 mẫu không đạt tiêu chuẩn về độ hòa tan.

Hiện toàn huyện có 142 cơ sở bán lẻ thuốc tại 37 xã, thị trấn; tỷ lệ cơ sở có dược sĩ đại học phụ trách chuyên môn từ 20 đến 25%. Giá bán lẻ thuốc thông dụng như paracetamol 500 mg dao động từ 400 đến 600 đồng/viên.

Trong quý II, huyện phấn đấu kiểm tra ít nhất 60 cơ sở, tập trung vào các cơ sở dọc Quốc lộ 1A và Quốc lộ 10, nhất là tại các chợ đầu mối.

Mọi phản ánh về vi phạm trong kinh doanh thuốc xin gửi về Phòng Y tế huyện, số điện thoại 0237.3865.102.

Tác giả: Lê Thu Hà - Trung tâm VH, TT&TT huyện
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")

FIGS = [
    fig("Kiểm tra 128", "128", 128, "count", "cơ sở", "cơ sở hành nghề dược được kiểm tra", Q1),
    fig("đã kiểm tra 128", "128", 128, "count", "cơ sở", "cơ sở hành nghề dược được kiểm tra", Q1),
    fig("có 31 nhà thuốc", "31", 31, "count", "nhà thuốc", "nhà thuốc được kiểm tra", Q1, total=128),
    fig("84 quầy thuốc", "84", 84, "count", "quầy thuốc", "quầy thuốc được kiểm tra", Q1, total=128),
    fig("13 cơ sở bán lẻ", "13", 13, "count", "cơ sở", "cơ sở bán lẻ dược liệu, thuốc cổ truyền được kiểm tra", Q1,
        total=128),
    fig("phát hiện 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở vi phạm", inh(Q1), percent=14.8,
        change=chg("decrease", 5, "cơ sở", "cùng kỳ năm 2023")),
    fig("xử phạt 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bị lập biên bản xử phạt", inh(Q1)),
    fig("tiền 96,5 triệu", "96,5", 96_500_000, "money", "đồng", "số tiền xử phạt", inh(Q1)),
    fig("khắc phục 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở bị nhắc nhở, yêu cầu khắc phục", inh(Q1)),
    fig("gần 2.300 viên", "2.300", 2300, "count", "viên", "viên thuốc hết hạn sử dụng bị tiêu hủy", inh(Q1),
        approx="nearly"),
    fig("khoảng 40 kg", "40", 40, "measure", "kg", "dược liệu không rõ nguồn gốc bị tiêu hủy", inh(Q1),
        approx="about"),
    fig("lấy 24 mẫu", "24", 24, "count", "mẫu", "mẫu thuốc gửi Trung tâm Kiểm nghiệm tỉnh", inh(Q1)),
    fig("23/24 mẫu", "23", 23, "count", "mẫu", "mẫu thuốc đạt chất lượng", inh(Q1), total=24),
    fig("1 mẫu không đạt", "1", 1, "count", "mẫu", "mẫu thuốc không đạt tiêu chuẩn về độ hòa tan", inh(Q1)),
    fig("có 142 cơ sở", "142", 142, "count", "cơ sở", "cơ sở bán lẻ thuốc"),
    fig("tại 37 xã", "37", 37, "count", "xã, thị trấn", "xã, thị trấn có cơ sở bán lẻ thuốc"),
    fig("từ 20 đến 25%", "20", 20, "percent", "%", "tỷ lệ cơ sở có dược sĩ đại học phụ trách chuyên môn",
        value_max=25),
    fig("paracetamol 500 mg", "500", 500, "measure", "mg", "hàm lượng paracetamol", optional=True),
    fig("từ 400 đến 600 đồng", "400", 400, "money", "đồng/viên", "giá bán lẻ thuốc thông dụng như paracetamol 500 mg",
        value_max=600),
    fig("ít nhất 60 cơ sở", "60", 60, "count", "cơ sở", "cơ sở được kiểm tra", Q2, approx="at_least",
        status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Hoằng Hóa (Thanh Hóa): kiểm tra cơ sở hành nghề dược quý I/2024. Dateline 'Thứ Tư, 17/04/2024 - 09:20'; byline at the end.",
    "Distractors: 'Kế hoạch số 45/KH-UBND ngày 10/01/2024', 'Quốc lộ 1A', 'Quốc lộ 10', phone 0237.3865.102, 'TT&TT'.",
    "District portal: location Hoằng Hóa throughout. 31 + 84 + 13 = 128 after 'trong đó'. 'giảm 5 cơ sở so với cùng kỳ' is the change of 19.",
    "'chiếm 14,8% số cơ sở được kiểm tra' is the share of 19 (no explicit total cue, so no total). 23/24 gives total 24; '1 mẫu không đạt' no cue.",
    "'paracetamol 500 mg' is a product strength inside a name: optional. 'quý II' takes 2024 from the earlier 'quý I/2024'.",
    "'Hiện toàn huyện có ...' carries no period (left empty, unscored).",
]

if __name__ == "__main__":
    emit("p577-2", TEXT, NOTES, FIGS, published="2024-04-17", location="Hoằng Hóa")
