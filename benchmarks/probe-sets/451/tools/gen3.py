from lib import build, F, P, C, T

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NGÃI
Chi cục Thủy sản

Sản lượng thủy sản bốc dỡ qua cảng quý III/2024 tăng mạnh
Ngày đăng: 08/10/2024 | Lượt xem: 1.027

Theo Ban Quản lý các cảng cá Quảng Ngãi, trong quý III/2024 có 7.845 lượt tàu cá cập cảng, bốc dỡ 28.612 tấn thủy sản, tăng 12,4% so với quý II/2024. Sản lượng bốc dỡ tại các cảng lần lượt là: cảng cá Sa Huỳnh 6.420 tấn, Tịnh Kỳ 5.180 tấn, Sa Kỳ 9.870 tấn, Mỹ Á 4.215 tấn và Bến Đình 2.927 tấn.

Tính chung 9 tháng năm 2024, sản lượng thủy sản qua cảng đạt 81.350 tấn, bằng 71,4% kế hoạch năm (114.000 tấn). Cá ngừ sọc dưa chiếm khoảng 35%, cá ngừ vây vàng chiếm trên 6% sản lượng qua cảng.

Cũng trong quý III, Chi cục Thủy sản đã cấp 642 giấy xác nhận nguyên liệu thủy sản khai thác (SC) và 318 giấy chứng nhận thủy sản khai thác (CC) phục vụ xuất khẩu sang thị trường châu Âu, với tổng khối lượng 1.254,6 tấn. Thời gian cấp mỗi giấy chứng nhận trung bình còn 1,5 ngày làm việc.

Qua kiểm tra tại cảng, lực lượng chức năng phát hiện 23 tàu không ghi nhật ký khai thác, 11 tàu không bật thiết bị giám sát hành trình khi cập cảng; đã xử phạt 34 trường hợp với tổng số tiền 512,5 triệu đồng. Gần 40 tàu cá ngoài tỉnh cập cảng Sa Kỳ chưa khai báo đầy đủ thông tin qua phần mềm eCDT, trong đó tàu QNg 90479 TS nhiều lần không khai báo.

Ông Võ Văn Hải, Phó Trưởng Ban Quản lý các cảng cá, cho biết thời gian tới sẽ triển khai Quyết định số 1129/QĐ-UBND, bố trí cán bộ trực 24/24 giờ tại các cửa cảng để kiểm tra tàu cập, rời cảng.

Địa chỉ: số 02 Phạm Văn Đồng, TP Quảng Ngãi. Điện thoại: 0255.3822.541.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
Q3b = P("quý III", "2024-07-01", "2024-09-30")
Q3bi = P("quý III", "2024-07-01", "2024-09-30", inherited=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)

LS = "sản lượng bốc dỡ tại các cảng"
FIGS = [
    F("có 7.845 lượt tàu", "7.845", 7845, "count", "lượt tàu cá", "lượt tàu cá cập cảng", period=Q3),
    F("bốc dỡ 28.612 tấn", "28.612", 28612, "measure", "tấn", "thủy sản bốc dỡ",
      change=C("increase", 12.4, "%", "quý II/2024"), period=Q3),
    F("Sa Huỳnh 6.420 tấn", "6.420", 6420, "measure", "tấn", LS + " cảng cá Sa Huỳnh", total=28612, period=Q3i),
    F("Tịnh Kỳ 5.180 tấn", "5.180", 5180, "measure", "tấn", LS + " Tịnh Kỳ", total=28612, period=Q3i),
    F("Sa Kỳ 9.870 tấn", "9.870", 9870, "measure", "tấn", LS + " Sa Kỳ", total=28612, period=Q3i),
    F("Mỹ Á 4.215 tấn", "4.215", 4215, "measure", "tấn", LS + " Mỹ Á", total=28612, period=Q3i),
    F("Bến Đình 2.927 tấn", "2.927", 2927, "measure", "tấn", LS + " Bến Đình", total=28612, period=Q3i),
    F("đạt 81.350 tấn", "81.350", 81350, "measure", "tấn", "sản lượng thủy sản qua cảng",
      percent=71.4, target=T(114000, "tấn"), period=M9),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "tỷ trọng cá ngừ sọc dưa", approx="about", period=M9i),
    F("chiếm trên 6%", "6", 6, "percent", "%", "tỷ trọng cá ngừ vây vàng trong sản lượng qua cảng", approx="over", period=M9i),
    F("cấp 642 giấy", "642", 642, "count", "giấy xác nhận", "giấy xác nhận nguyên liệu thủy sản khai thác (SC)", period=Q3b),
    F("và 318 giấy", "318", 318, "count", "giấy chứng nhận", "giấy chứng nhận thủy sản khai thác (CC)", period=Q3b),
    F("khối lượng 1.254,6 tấn", "1.254,6", 1254.6, "measure", "tấn", "tổng khối lượng thủy sản xuất khẩu sang châu Âu được cấp giấy", period=Q3b),
    F("còn 1,5 ngày", "1,5", 1.5, "measure", "ngày làm việc", "thời gian cấp mỗi giấy chứng nhận trung bình", period=Q3bi),
    F("phát hiện 23 tàu", "23", 23, "count", "tàu", "tàu không ghi nhật ký khai thác", period=Q3bi),
    F("11 tàu không bật", "11", 11, "count", "tàu", "tàu không bật thiết bị giám sát hành trình khi cập cảng", period=Q3bi),
    F("xử phạt 34 trường hợp", "34", 34, "count", "trường hợp", "trường hợp bị xử phạt", period=Q3bi),
    F("số tiền 512,5 triệu đồng", "512,5", 512500000, "money", "đồng", "tổng số tiền xử phạt", period=Q3bi),
    F("Gần 40 tàu", "40", 40, "count", "tàu cá", "tàu cá ngoài tỉnh chưa khai báo đầy đủ thông tin qua phần mềm eCDT",
      approx="nearly"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT / Chi cục Thủy sản Quảng Ngãi), 'Ngày đăng: 08/10/2024 | Lượt xem: 1.027'.",
    "Port list after 'lần lượt là:' shares the indicator 'sản lượng bốc dỡ'; the five ports add up to 28.612 tấn of the previous sentence: total.",
    "Ports are facilities (named after communes), not provinces/districts: location stays Quảng Ngãi; the port goes into the subject.",
    "'bằng 71,4% kế hoạch năm (114.000 tấn)': percent 71,4 and the bracketed plan is the target of 81.350 tấn (not a figure).",
    "Species shares with no base amount are percent figures of their own; no total for a percent.",
    "'1.254,6 tấn' = 1254.6 (thousand dot + decimal comma). '512,5 triệu' = 512 500 000. 'quý III' takes 2024 from 'quý III/2024'.",
    "Distractors: 'QNg 90479 TS' (vessel number), 'Quyết định số 1129/QĐ-UBND', '24/24 giờ' (round-the-clock duty, not a part/whole), address, phone, view counter.",
    "'Gần 40 tàu … chưa khai báo' has no period stated (current situation).",
]

build("p451-3", TEXT, FIGS, COMMENTS, "Quảng Ngãi", "2024-10-08")
