from lib import F, P, emit

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Tin tức / Quản lý thương mại

Quý I/2024: Yêu cầu hỗ trợ của người tiêu dùng tăng 21,2%
Ngày đăng: 22/04/2024 | Lượt xem: 842

Theo số liệu tổng hợp của Phòng Quản lý thương mại, trong quý I/2024, Sở Công Thương đã tiếp nhận 143 vụ việc người tiêu dùng yêu cầu hỗ trợ, tăng 21,2% so với quý I/2023 (118 vụ việc). Đã giải quyết xong 129/143 vụ việc, đạt 90,2%; 14 vụ việc đang tiếp tục xử lý. Lĩnh vực thương mại điện tử chiếm 44,1% tổng số vụ việc, chủ yếu do người tiêu dùng mua hàng qua mạng xã hội, livestream. Cũng trong quý, Sở đã phối hợp tổ chức 2 đợt kiểm tra tại 16 siêu thị, cửa hàng tiện lợi, nhắc nhở 3 cơ sở niêm yết giá chưa đúng quy định.

Bảng: Số vụ việc người tiêu dùng yêu cầu hỗ trợ phân theo lĩnh vực
Đơn vị tính: vụ việc

Lĩnh vực

Quý I/2023

Quý I/2024

Tỷ lệ giải quyết quý I/2024 (%)

Thương mại điện tử

41

63

87,3

Điện tử, điện lạnh, điện thoại di động

28

24

95,8

Du lịch, lưu trú

12

19

100

Dịch vụ viễn thông

15

11

90,9

Khác

22

26

84,6

Tổng số

118

143

90,2

Thời gian tới, Sở tiếp tục duy trì đường dây nóng 0236.3822.947, phối hợp với các sàn thương mại điện tử xử lý dứt điểm vụ việc; phấn đấu cả năm 2024 giải quyết 95% yêu cầu trong thời hạn quy định. Địa chỉ tiếp nhận: tầng 7, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu.
"""

Q24 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q24i = P("quý I/2024", "2024-01-01", "2024-03-31", inh=True)
C23 = P("Quý I/2023", "2023-01-01", "2023-03-31")
C24 = P("Quý I/2024", "2024-01-01", "2024-03-31")
R24 = P("Tỷ lệ giải quyết quý I/2024", "2024-01-01", "2024-03-31")

ROWS = [
    ("Thương mại điện tử", "điện tử\n\n41\n", "41", "\n63\n", "63", "\n87,3\n", "87,3"),
    ("Điện tử, điện lạnh, điện thoại di động", "động\n\n28\n", "28", "\n24\n", "24", "\n95,8\n", "95,8"),
    ("Du lịch, lưu trú", "trú\n\n12\n", "12", "\n19\n", "19", "\n100\n", "100"),
    ("Dịch vụ viễn thông", "viễn thông\n\n15\n", "15", "\n11\n", "11", "\n90,9\n", "90,9"),
    ("Khác", "Khác\n\n22\n", "22", "\n26\n", "26", "\n84,6\n", "84,6"),
    ("Tổng số", "Tổng số\n\n118\n", "118", "\n143\n", "143", "\n90,2\n", "90,2"),
]

FIGS = [
    F("tăng 21,2%\nNgày", "21,2", 21.2, "percent", "%", "tăng yêu cầu hỗ trợ của người tiêu dùng", C24),
    F("tiếp nhận 143 vụ việc", "143", 143, "count", "vụ việc", "vụ việc người tiêu dùng yêu cầu hỗ trợ", Q24,
      change={"direction": "increase", "value": 21.2, "unit": "%", "baseline": "quý I/2023"}),
    F("(118 vụ việc)", "118", 118, "count", "vụ việc", "vụ việc người tiêu dùng yêu cầu hỗ trợ",
      P("quý I/2023", "2023-01-01", "2023-03-31")),
    F("129/143 vụ việc", "129", 129, "count", "vụ việc", "vụ việc đã giải quyết xong", Q24i, total=143, percent=90.2),
    F("14 vụ việc", "14", 14, "count", "vụ việc", "vụ việc đang tiếp tục xử lý", Q24i),
    F("chiếm 44,1%", "44,1", 44.1, "percent", "%", "lĩnh vực thương mại điện tử trong tổng số vụ việc", Q24i),
    F("tổ chức 2 đợt kiểm tra", "2", 2, "count", "đợt kiểm tra", "đợt kiểm tra", P("trong quý", "2024-01-01", "2024-03-31")),
    F("tại 16 siêu thị", "16", 16, "count", "siêu thị, cửa hàng tiện lợi", "siêu thị, cửa hàng tiện lợi được kiểm tra",
      P("trong quý", "2024-01-01", "2024-03-31")),
    F("nhắc nhở 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở niêm yết giá chưa đúng quy định bị nhắc nhở",
      P("trong quý", "2024-01-01", "2024-03-31")),
]
for label, a1, n1, a2, n2, a3, n3 in ROWS:
    v = lambda s: float(s.replace(",", "."))
    FIGS.append(F(a1, n1, v(n1), "count", "vụ việc", f"{label} quý I/2023", C23))
    FIGS.append(F(a2, n2, v(n2), "count", "vụ việc", f"{label} quý I/2024", C24))
    FIGS.append(F(a3, n3, v(n3), "percent", "%", f"{label} tỷ lệ giải quyết", R24))
FIGS.append(F("giải quyết 95% yêu cầu", "95", 95, "percent", "%", "yêu cầu giải quyết trong thời hạn quy định",
              P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"))

COMMENTS = [
    "Department site (Sở Công Thương Đà Nẵng): consumer requests, quý I/2024. Dateline 'Ngày đăng: 22/04/2024 | Lượt xem: 842'.",
    "Headline 'tăng 21,2%' with no base amount is a growth rate that is the claim: percent figure, period from the headline's 'Quý I/2024'.",
    "In the body the same 21,2% follows 143 vụ việc and is its change. '(118 vụ việc)' is the base-period amount: a count of quý I/2023.",
    "'129/143 vụ việc, đạt 90,2%': total 143, percent 90.2. '14 vụ việc đang tiếp tục xử lý' has no cue: no total.",
    "One-cell-per-line table, 'Đơn vị tính: vụ việc' with a '(%)' column: every numeric cell is a figure, the 'Tổng số' row included;",
    "subject = row label + column label; period from the column header (Quý I/2023, Quý I/2024; the rate column names quý I/2024).",
    "'Cũng trong quý' = quý I/2024 (stated in the sentence).",
    "Distractors: 'Lượt xem: 842', phone 0236.3822.947, 'tầng 7', '24 Trần Phú'. Target 'phấn đấu cả năm 2024 ... 95%'.",
]

emit("p342-6", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Đà Nẵng")
