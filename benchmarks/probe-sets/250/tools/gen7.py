from lib import F, P, I, C, T, build

TEXT = """CÔNG AN TỈNH QUẢNG NGÃI
An ninh trật tự

Kết quả điều tra, khám phá các vụ phạm tội về trật tự xã hội quý III/2024

Quý III/2024, Công an tỉnh Quảng Ngãi chỉ đạo Công an các đơn vị, địa phương tập trung đấu tranh, trấn áp tội phạm. Toàn tỉnh xảy ra 118 vụ phạm tội về trật tự xã hội, làm chết 6 người, bị thương 21 người, thiệt hại tài sản ước khoảng 3,4 tỷ đồng. Lực lượng chức năng đã điều tra làm rõ 104/118 vụ, đạt 88,1%, bắt, xử lý 197 đối tượng.

Kết quả tại một số đơn vị như sau:

Bảng 2. Kết quả điều tra, khám phá theo Công an cấp huyện
Đơn vị tính: vụ

Đơn vị

Số vụ xảy ra

Số vụ điều tra làm rõ

Tỷ lệ (%)

Công an TP Quảng Ngãi

34

30

88,2

Công an thị xã Đức Phổ

17

16

94,1

Công an huyện Bình Sơn

21

18

85,7

Công an huyện Tư Nghĩa

15

13

86,7

Công an huyện Sơn Hà

9

9

100

So với quý II/2024, số vụ phạm tội về trật tự xã hội giảm 9 vụ, tỷ lệ điều tra khám phá tăng 2,3 điểm phần trăm. Đáng chú ý, Công an huyện Bình Sơn đã triệt phá nhóm đối tượng chuyên trộm cắp tài sản trên Quốc lộ 24B, thu giữ 7 xe mô tô.

Quý IV/2024, Công an tỉnh đặt mục tiêu tỷ lệ điều tra khám phá án đạt từ 85% trở lên; triệt xóa ít nhất 3 băng, nhóm tội phạm hoạt động theo kiểu "xã hội đen". Mọi thông tin tố giác tội phạm xin gửi về số điện thoại 069.4270.205.
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = I(Q3)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("xảy ra 118 vụ", "118", 118, "count", "vụ", "vụ phạm tội về trật tự xã hội", period=Q3i),
    F("làm chết 6 người", "6", 6, "count", "người", "người chết", period=Q3i),
    F("bị thương 21 người", "21", 21, "count", "người", "người bị thương", period=Q3i),
    F("khoảng 3,4 tỷ", "3,4", 3.4e9, "money", "đồng", "thiệt hại tài sản", approx="about", status="estimate",
      period=Q3i),
    F("làm rõ 104/118 vụ", "104", 104, "count", "vụ", "vụ điều tra làm rõ", total=118, percent=88.1, period=Q3i),
    F("xử lý 197 đối tượng", "197", 197, "count", "đối tượng", "đối tượng bị bắt, xử lý", period=Q3i),
]
rows = [("Công an TP Quảng Ngãi", "Quảng Ngãi", "34", 34, "30", 30, "88,2", 88.2),
        ("Công an thị xã Đức Phổ", "Đức Phổ", "17", 17, "16", 16, "94,1", 94.1),
        ("Công an huyện Bình Sơn", "Bình Sơn", "21", 21, "18", 18, "85,7", 85.7),
        ("Công an huyện Tư Nghĩa", "Tư Nghĩa", "15", 15, "13", 13, "86,7", 86.7),
        ("Công an huyện Sơn Hà", "Sơn Hà", "9", 9, "9", 9, "100", 100)]
for label, loc, a, av, b, bv, c, cv in rows:
    FIGS += [
        F(f"{label}\n\n{a}\n", a, av, "count", "vụ", "Công an số vụ xảy ra", period=Q3i, location=loc),
        F(f"{label}\n\n{a}\n\n{b}\n" if a != b else f"\n{b}\n\n{c}\n", b, bv, "count", "vụ", "Công an số vụ điều tra làm rõ", period=Q3i, location=loc),
        F(f"{label}\n\n{a}\n\n{b}\n\n{c}\n", c, cv, "percent", "%", "Công an tỷ lệ", period=Q3i,
          location=loc),
    ]
FIGS += [
    F("giảm 9 vụ", "9", 9, "count", "vụ", "mức giảm số vụ phạm tội về trật tự xã hội so với quý II/2024",
      period=Q3i),
    F("tăng 2,3 điểm", "2,3", 2.3, "measure", "điểm phần trăm", "mức tăng tỷ lệ điều tra khám phá so với quý II/2024",
      period=Q3i),
    F("thu giữ 7 xe", "7", 7, "count", "xe mô tô", "xe mô tô thu giữ", location="Bình Sơn"),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ điều tra khám phá án", approx="at_least",
      status="target", period=Q4),
    F("ít nhất 3 băng", "3", 3, "count", "băng, nhóm", "băng, nhóm tội phạm hoạt động theo kiểu xã hội đen triệt xóa",
      approx="at_least", status="target", period=Q4),
]

COMMENTS = [
    "Công an tỉnh Quảng Ngãi site, no dateline at all (published not scored). Quarter III/2024 results, with a one-cell-per-line table by district police.",
    "Distractors: 'Bảng 2.', 'Đơn vị tính: vụ', 'Quốc lộ 24B', phone 069.4270.205, quarter names, 'quý II/2024' as a baseline.",
    "The sentence with 'Quý III/2024' has no figure, so every figure of the quarter inherits it (not scored). 'ước khoảng 3,4 tỷ' -> about + estimate.",
    "'104/118 vụ, đạt 88,1%' -> total 118, percent 88.1. Table cells: unit from 'Đơn vị tính: vụ' or '(%)'; district -> location; subject = row label without its place + column label ('Công an số vụ xảy ra', 'Công an tỷ lệ').",
    "'giảm 9 vụ', 'tăng 2,3 điểm phần trăm' stand alone as the claims (no base figure in their sentence): a count and a measure in 'điểm phần trăm'.",
    "'7 xe mô tô' seized by Bình Sơn police: location Bình Sơn, no period (an event). Quý IV/2024 targets: 'từ … trở lên', 'ít nhất' -> at_least.",
]

if __name__ == "__main__":
    build("p250-7", TEXT, COMMENTS, FIGS, location="Quảng Ngãi")
